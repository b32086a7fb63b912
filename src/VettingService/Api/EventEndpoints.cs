using Microsoft.AspNetCore.Http.HttpResults;
using Vetting.Core.Vetting;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Api.Review;
using Vetting.Service.Auth;
using Microsoft.Extensions.Options;

namespace Vetting.Service.Api;

/// <summary><c>/api/events</c>: upcoming events with counts, one event, its policy, its registrants.</summary>
internal static class EventEndpoints
{
    public static RouteGroupBuilder MapEvents(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/events").WithTags("Events");
        group.MapGet("/", ListAsync).WithSummary("Upcoming events (and those started in the last day) with counts, soonest first");
        group.MapGet("/{eventId:guid}", GetAsync).WithSummary("One event with counts and its final-check records");
        group.MapPut("/{eventId:guid}/policy", SetPolicyAsync).RequireAuthorization(VettingRoles.AdminPolicy)
            .WithSummary("Change the event's screening and enforcement policy (admin)");
        group.MapGet("/{eventId:guid}/registrants", RegistrantsAsync).WithSummary("The event's registrants with their current decision");
        group.MapGet("/{eventId:guid}/registrants/export", ExportAsync)
            .WithSummary("The event's registrants and decisions as CSV (every cell inert in spreadsheets)");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<EventSummary>>> ListAsync(
        EventOverview overview, IOptions<VettingApiOptions> options, int? days, CancellationToken cancellationToken)
    {
        var horizon = TimeSpan.FromDays(Math.Clamp(days ?? options.Value.UpcomingDays, 1, 3650));
        return TypedResults.Ok(await overview.ListUpcomingAsync(horizon, cancellationToken));
    }

    private static async Task<Results<Ok<EventDetail>, NotFound>> GetAsync(
        Guid eventId, EventOverview overview, IFinalCheckStore finalChecks, CancellationToken cancellationToken)
    {
        var summary = await overview.GetAsync(eventId, cancellationToken);
        return summary is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new EventDetail(summary, await finalChecks.ListFinalChecksAsync(eventId, cancellationToken)));
    }

    private static async Task<Results<Ok<EventSummary>, NotFound>> SetPolicyAsync(
        Guid eventId, SetPolicyRequest request, HttpContext http, IEventStore events, EventOverview overview, CancellationToken cancellationToken)
    {
        if (await events.GetEventAsync(eventId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        await events.SetEventPolicyAsync(eventId, request.Policy, request.Revision, VettingUser.Id(http.User), cancellationToken);
        return TypedResults.Ok((await overview.GetAsync(eventId, cancellationToken))!); // not null: found above, events are never deleted
    }

    private static async Task<Results<Ok<IReadOnlyList<RegistrantItem>>, NotFound>> RegistrantsAsync(
        Guid eventId, IEventStore events, RegistrantViews views, CancellationToken cancellationToken) =>
        await events.GetEventAsync(eventId, cancellationToken) is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(await views.ListAsync(eventId, cancellationToken));

    private static async Task<IResult> ExportAsync(Guid eventId, HttpContext http, IEventStore events, RegistrantViews views, CancellationToken cancellationToken)
    {
        if (await events.GetEventAsync(eventId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        await RegistrantExport.WriteAsync(http.Response, eventId, await views.ListAsync(eventId, cancellationToken), cancellationToken);
        return TypedResults.Empty;
    }
}
