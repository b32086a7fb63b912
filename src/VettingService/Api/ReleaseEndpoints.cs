using Microsoft.AspNetCore.Http.HttpResults;
using Vetting.Core.Vetting;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Api.Review;
using Vetting.Service.Auth;

namespace Vetting.Service.Api;

/// <summary>
/// Four-eyes release of a confirmed match: one reviewer asks (<c>POST /api/decisions/{id}/release-requests</c>), a
/// different reviewer approves or rejects. The requester approving their own request is refused (409).
/// </summary>
internal static class ReleaseEndpoints
{
    public static RouteGroupBuilder MapReleases(this RouteGroupBuilder api)
    {
        api.MapPost("/decisions/{decisionId:guid}/release-requests", RequestAsync).RequireAuthorization(VettingRoles.ReviewerPolicy)
            .WithTags("Releases").WithSummary("Ask to release a confirmed match (reviewer; a second reviewer must approve)");
        var group = api.MapGroup("/release-requests").WithTags("Releases");
        group.MapGet("/", ListAsync).WithSummary("Release requests waiting for a second reviewer, oldest first");
        group.MapPost("/{requestId:guid}/approve", ApproveAsync).RequireAuthorization(VettingRoles.ReviewerPolicy)
            .WithSummary("Approve a release (a reviewer other than the requester)");
        group.MapPost("/{requestId:guid}/reject", RejectAsync).RequireAuthorization(VettingRoles.ReviewerPolicy)
            .WithSummary("Reject a release, or withdraw one's own request (reviewer)");
        return api;
    }

    private static async Task<Results<Created<ReleaseRequest>, NotFound>> RequestAsync(
        Guid decisionId, JustificationRequest request, HttpContext http, IDecisionStore decisions, ReviewActions actions, CancellationToken cancellationToken)
    {
        if (await decisions.GetDecisionAsync(decisionId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var release = await actions.RequestReleaseAsync(decisionId, VettingUser.Id(http.User), Justification.Require(request.Justification), cancellationToken);
        return TypedResults.Created($"/api/release-requests/{release.Id}", release);
    }

    private static async Task<Ok<IReadOnlyList<ReleaseRequest>>> ListAsync(IReleaseStore releases, CancellationToken cancellationToken) =>
        TypedResults.Ok(await releases.ListPendingReleasesAsync(cancellationToken));

    private static async Task<Ok<DecisionResult>> ApproveAsync(
        Guid requestId, JustificationRequest request, HttpContext http, ReviewActions actions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await actions.ApproveReleaseAsync(requestId, VettingUser.Id(http.User), Justification.Require(request.Justification), cancellationToken));

    private static async Task<Ok<ReleaseRequest>> RejectAsync(
        Guid requestId, JustificationRequest request, HttpContext http, ReviewActions actions, CancellationToken cancellationToken) =>
        TypedResults.Ok(await actions.RejectReleaseAsync(requestId, VettingUser.Id(http.User), Justification.Require(request.Justification), cancellationToken));
}
