using Microsoft.AspNetCore.Http.HttpResults;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Api.Review;

namespace Vetting.Service.Api;

/// <summary><c>/api/flags</c>: the review queue.</summary>
internal static class FlagEndpoints
{
    public static RouteGroupBuilder MapFlags(this RouteGroupBuilder api)
    {
        api.MapGet("/flags", ListAsync).WithTags("Flags")
            .WithSummary("Open flags of events not yet over: soonest event first, oldest flag first within an event");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<FlagItem>>> ListAsync(ReviewQueue queue, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queue.ListAsync(cancellationToken));
}
