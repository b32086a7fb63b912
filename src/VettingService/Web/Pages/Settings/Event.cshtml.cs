using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vetting.Core.Vetting;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Api.Review;
using Vetting.Service.Auth;
using Vetting.Service.Web.Admin;

namespace Vetting.Service.Web.Pages.Settings;

/// <summary>Admin: one event's own policy. Saved through the event store, which audits it and raises the policy revision.</summary>
internal sealed class EventModel(EventOverview overview, IEventStore events) : PageModel
{
    public EventSummary? Event { get; private set; }

    public PolicyForm Policy { get; private set; } = new();

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid eventId, CancellationToken cancellationToken)
    {
        Event = await overview.GetAsync(eventId, cancellationToken);
        if (Event is null)
        {
            return NotFound();
        }

        Policy = PolicyForm.From(Event.Policy);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid eventId, int revision, [FromForm] PolicyForm policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Event = await overview.GetAsync(eventId, cancellationToken);
        if (Event is null)
        {
            return NotFound();
        }

        Policy = policy;
        if (policy.ToPolicy(out var problem) is not { } newPolicy)
        {
            return Refused(problem);
        }

        try
        {
            await events.SetEventPolicyAsync(eventId, newPolicy, revision, VettingUser.Id(User), cancellationToken);
        }
        catch (VettingConcurrencyException)
        {
            Policy = PolicyForm.From(Event.Policy);
            return Refused("Someone changed this event in the meantime. Its current policy is shown: check it and save again.");
        }

        return RedirectToPage("/Settings/Events", new { saved = eventId });
    }

    private PageResult Refused(string? problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
