using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Vetting.Core.Vetting;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Auth;
using Vetting.Service.Api.Review;

namespace Vetting.Service.Api;

/// <summary><c>/api/clearances</c>: reviewers' "not that list entity" findings; list them and revoke one.</summary>
internal static class ClearanceEndpoints
{
    public static RouteGroupBuilder MapClearances(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/clearances").WithTags("Clearances");
        group.MapGet("/", ListAsync).WithSummary("Clearances, most recent first (revoked ones with includeRevoked=true)");
        group.MapPost("/{clearanceId:guid}/revoke", RevokeAsync).RequireAuthorization(VettingRoles.ReviewerPolicy)
            .WithSummary("Revoke a clearance: the match is raised again at the next screening (reviewer)");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<Clearance>>> ListAsync(
        IVettingQueries queries, IOptions<VettingApiOptions> options, bool? includeRevoked, int? skip, int? take, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListClearancesAsync(
            includeRevoked ?? false, Math.Max(0, skip ?? 0), Math.Clamp(take ?? 100, 1, options.Value.MaxPageSize), cancellationToken));

    private static async Task<Results<Ok<Clearance>, NotFound>> RevokeAsync(
        Guid clearanceId, JustificationRequest request, HttpContext http, IVettingQueries queries, IClearanceStore clearances, CancellationToken cancellationToken)
    {
        if (await queries.GetClearanceAsync(clearanceId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await clearances.RevokeAsync(
            clearanceId, VettingUser.Id(http.User), Justification.Require(request.Justification), cancellationToken));
    }
}
