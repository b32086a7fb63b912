using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Vetting.Core.Vetting;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Api.Review;
using Vetting.Service.Auth;

namespace Vetting.Service.Api;

/// <summary>
/// <c>/api/registrants</c>: one registrant with everything a reviewer needs, and the reviewer's decisions on it
/// (clear with a justification, confirm, escalate). Ids only in the path; reasons in the body.
/// </summary>
internal static class RegistrantEndpoints
{
    public static RouteGroupBuilder MapRegistrants(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/registrants").WithTags("Registrants and decisions");
        group.MapGet("/{registrantId:guid}", GetAsync)
            .WithSummary("A registrant: decisions, latest screening with explained matches, clearances, pending release, actions");
        group.MapPost("/{registrantId:guid}/clear", ClearAsync).RequireAuthorization(VettingRoles.ReviewerPolicy)
            .WithSummary("Clear the flag: not the listed party (stored as clearances of the matched entries; reviewer)");
        group.MapPost("/{registrantId:guid}/confirm", ConfirmAsync).RequireAuthorization(VettingRoles.ReviewerPolicy)
            .WithSummary("Confirm the match: denied or cancelled on the platform (reviewer)");
        group.MapPost("/{registrantId:guid}/escalate", EscalateAsync).RequireAuthorization(VettingRoles.ReviewerPolicy)
            .WithSummary("Escalate the open flag to the escalation recipients (reviewer)");
        return api;
    }

    private static async Task<Results<Ok<RegistrantDetail>, NotFound>> GetAsync(Guid registrantId, RegistrantViews views, CancellationToken cancellationToken) =>
        await views.GetAsync(registrantId, cancellationToken) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    private static Task<Results<Ok<DecisionResult>, NotFound>> ClearAsync(
        Guid registrantId,
        JustificationRequest request,
        [FromHeader(Name = RequestIds.Header)] string? idempotencyKey,
        HttpContext http,
        IRegistrantStore registrants,
        ReviewActions actions,
        CancellationToken cancellationToken) =>
        OnRegistrantAsync(registrants, registrantId, registrant =>
        {
            var reviewer = VettingUser.Id(http.User);
            return actions.ClearAsync(
                registrant, reviewer, Justification.Require(request.Justification), RequestIds.From(reviewer, idempotencyKey), cancellationToken);
        }, cancellationToken);

    private static Task<Results<Ok<DecisionResult>, NotFound>> ConfirmAsync(
        Guid registrantId,
        ConfirmRequest request,
        [FromHeader(Name = RequestIds.Header)] string? idempotencyKey,
        HttpContext http,
        IRegistrantStore registrants,
        ReviewActions actions,
        CancellationToken cancellationToken) =>
        OnRegistrantAsync(registrants, registrantId, registrant =>
        {
            var reviewer = VettingUser.Id(http.User);
            return actions.ConfirmAsync(
                registrant,
                reviewer,
                Justification.Require(request.Justification),
                request.EntityId,
                RequestIds.From(reviewer, idempotencyKey),
                cancellationToken);
        }, cancellationToken);

    private static Task<Results<Ok<EscalationResult>, NotFound>> EscalateAsync(
        Guid registrantId,
        JustificationRequest request,
        HttpContext http,
        IRegistrantStore registrants,
        ReviewActions actions,
        CancellationToken cancellationToken) =>
        OnRegistrantAsync(registrants, registrantId, registrant => actions.EscalateAsync(
            registrant, VettingUser.Id(http.User), Justification.Require(request.Justification), cancellationToken), cancellationToken);

    /// <summary>
    /// 200 with what <paramref name="decide"/> did to the registrant; 404 when there is no such registrant, before the
    /// request body is checked.
    /// </summary>
    private static async Task<Results<Ok<T>, NotFound>> OnRegistrantAsync<T>(
        IRegistrantStore registrants, Guid registrantId, Func<VettedRegistrant, Task<T>> decide, CancellationToken cancellationToken) =>
        await registrants.GetRegistrantAsync(registrantId, cancellationToken) is { } registrant
            ? TypedResults.Ok(await decide(registrant))
            : TypedResults.NotFound();
}
