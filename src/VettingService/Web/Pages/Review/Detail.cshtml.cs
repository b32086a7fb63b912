using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vetting.Core.Vetting;
using Vetting.Service.Api;
using Vetting.Service.Api.Review;
using Vetting.Service.Auth;
using Vetting.Service.Web.Review;

namespace Vetting.Service.Web.Pages.Review;

/// <summary>
/// One flag: the registrant next to each matched list entity, the explanation, earlier decisions; a reviewer clears,
/// confirms or escalates it, and a confirmed match is released only by two reviewers. Every handler that decides checks
/// the reviewer role here, on the server, and goes through <see cref="ReviewActions"/> like the API.
/// </summary>
internal sealed class DetailModel(ReviewCaseLoader loader, ReviewActions actions, PageAuthorization authorization, TimeProvider time) : PageModel
{
    public ReviewCase Case { get; private set; } = null!; // set by every handler that renders the page

    public DateTimeOffset Now { get; private set; }

    public bool IsReviewer { get; private set; }

    public string UserId => VettingUser.Id(User);

    /// <summary>Which form the <see cref="Error"/> belongs to.</summary>
    public string? FailedForm { get; private set; }

    public string? Error { get; private set; }

    [TempData]
    public string? Status { get; set; }

    /// <summary>A fresh id per rendered form: a double submit records one decision (<see cref="RequestIds"/>).</summary>
    [BindProperty]
    public string RequestKey { get; set; } = Guid.NewGuid().ToString("N");

    [BindProperty, StringLength(Api.Review.Justification.MaxLength)]
    public string? Justification { get; set; }

    [BindProperty]
    public string? EntityId { get; set; }

    [BindProperty]
    public Guid? ReleaseId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid decisionId, CancellationToken cancellationToken) =>
        await LoadAsync(decisionId, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostClearAsync(Guid decisionId, CancellationToken cancellationToken) =>
        DecideAsync(decisionId, "clear", async (c, reviewer, reason, ct) =>
        {
            var result = await actions.ClearAsync(c.Registrant, reviewer, reason, RequestIds.From(reviewer, RequestKey), ct);
            return (result.Decision.Id, $"Cleared: not the listed party. {result.ClearanceIds.Count} clearance(s) recorded for later screenings.");
        }, cancellationToken);

    public Task<IActionResult> OnPostConfirmAsync(Guid decisionId, CancellationToken cancellationToken) =>
        DecideAsync(decisionId, "confirm", async (c, reviewer, reason, ct) =>
        {
            var entity = string.IsNullOrWhiteSpace(EntityId) ? null : EntityId;
            var result = await actions.ConfirmAsync(c.Registrant, reviewer, reason, entity, RequestIds.From(reviewer, RequestKey), ct);
            var action = result.Action is { } a ? $" The platform action ({a.Kind}) is {a.State}." : "";
            return (result.Decision.Id, "Match confirmed: the registration is refused on the platform." + action);
        }, cancellationToken);

    public Task<IActionResult> OnPostEscalateAsync(Guid decisionId, CancellationToken cancellationToken) =>
        DecideAsync(decisionId, "escalate", async (c, reviewer, reason, ct) =>
        {
            var result = await actions.EscalateAsync(c.Registrant, reviewer, reason, ct);
            return (result.DecisionId, $"Escalated (audit record #{result.AuditSequence}); {result.Notified} recipient(s) notified.");
        }, cancellationToken);

    public Task<IActionResult> OnPostRequestReleaseAsync(Guid decisionId, CancellationToken cancellationToken) =>
        DecideAsync(decisionId, "release", async (c, reviewer, reason, ct) =>
        {
            var confirmed = c.Current ?? throw new VettingRuleException("the registrant has no decision to release");
            await actions.RequestReleaseAsync(confirmed.Id, reviewer, reason, ct);
            return (confirmed.Id, "Release requested: a second reviewer must approve it.");
        }, cancellationToken);

    public Task<IActionResult> OnPostApproveReleaseAsync(Guid decisionId, CancellationToken cancellationToken) =>
        DecideAsync(decisionId, "approve", async (c, reviewer, reason, ct) =>
        {
            var result = await actions.ApproveReleaseAsync(PendingRelease(c), reviewer, reason, ct);
            return (result.Decision.Id, "Release approved by a second reviewer: the match is released.");
        }, cancellationToken);

    public Task<IActionResult> OnPostRejectReleaseAsync(Guid decisionId, CancellationToken cancellationToken) =>
        DecideAsync(decisionId, "approve", async (c, reviewer, reason, ct) =>
        {
            await actions.RejectReleaseAsync(PendingRelease(c), reviewer, reason, ct);
            return (c.Current?.Id ?? c.Flag.Id, "Release rejected: the confirmation stands.");
        }, cancellationToken);

    private async Task<IActionResult> DecideAsync(
        Guid decisionId, string form, Func<ReviewCase, string, string, CancellationToken, Task<(Guid Decision, string Message)>> act, CancellationToken cancellationToken)
    {
        if (!await authorization.IsReviewerAsync(User))
        {
            return Forbid();
        }

        if (!await LoadAsync(decisionId, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            var (decision, message) = await act(Case, UserId, Api.Review.Justification.Require(Justification), cancellationToken);
            Status = message;
            return Redirect($"/review/{decision}");
        }
        catch (Exception e) when (e is ArgumentException or VettingRuleException or VettingConcurrencyException)
        {
            // Rule messages name ids and rules only, never personal data.
            FailedForm = form;
            Error = e is VettingConcurrencyException ? "Someone else changed this registrant meanwhile: read the page again." : e.Message;
            Response.StatusCode = e is ArgumentException ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
            await LoadAsync(decisionId, cancellationToken);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid decisionId, CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        IsReviewer = await authorization.IsReviewerAsync(User);
        if (await loader.LoadAsync(decisionId, cancellationToken) is not { } loaded)
        {
            return false;
        }

        Case = loaded;
        return true;
    }

    /// <summary>The release the form was rendered for, if it is still the pending one.</summary>
    private Guid PendingRelease(ReviewCase c) =>
        c.Detail.PendingRelease is { } pending && pending.Id == ReleaseId
            ? pending.Id
            : throw new VettingRuleException("the release request changed since the page was shown: read the page again");
}
