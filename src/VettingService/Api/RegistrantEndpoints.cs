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

    private static async Task<Results<Ok<DecisionResult>, NotFound>> ClearAsync(
        Guid registrantId,
        JustificationRequest request,
        [FromHeader(Name = RequestIds.Header)] string? idempotencyKey,
        HttpContext http,
        IRegistrantStore registrants,
        ReviewActions actions,
        CancellationToken cancellationToken)
    {
        if (await registrants.GetRegistrantAsync(registrantId, cancellationToken) is not { } registrant)
        {
            return TypedResults.NotFound();
        }

        var reviewer = VettingUser.Id(http.User);
        return TypedResults.Ok(await actions.ClearAsync(
            registrant, reviewer, Justification.Require(request.Justification), RequestIds.From(reviewer, idempotencyKey), cancellationToken));
    }

    private static async Task<Results<Ok<DecisionResult>, NotFound>> ConfirmAsync(
        Guid registrantId,
        ConfirmRequest request,
        [FromHeader(Name = RequestIds.Header)] string? idempotencyKey,
        HttpContext http,
        IRegistrantStore registrants,
        ReviewActions actions,
        CancellationToken cancellationToken)
    {
        if (await registrants.GetRegistrantAsync(registrantId, cancellationToken) is not { } registrant)
        {
            return TypedResults.NotFound();
        }

        var reviewer = VettingUser.Id(http.User);
        return TypedResults.Ok(await actions.ConfirmAsync(
            registrant, reviewer, Justification.Require(request.Justification), request.EntityId, RequestIds.From(reviewer, idempotencyKey), cancellationToken));
    }

    private static async Task<Results<Ok<EscalationResult>, NotFound>> EscalateAsync(
        Guid registrantId, JustificationRequest request, HttpContext http, IRegistrantStore registrants, ReviewActions actions, CancellationToken cancellationToken)
    {
        if (await registrants.GetRegistrantAsync(registrantId, cancellationToken) is not { } registrant)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await actions.EscalateAsync(registrant, VettingUser.Id(http.User), Justification.Require(request.Justification), cancellationToken));
    }
}
