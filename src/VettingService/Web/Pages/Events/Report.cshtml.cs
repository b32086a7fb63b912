using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vetting.Core.Vetting;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Api.Review;

namespace Vetting.Service.Web.Pages.Events;

/// <summary>The event's vetting report for print (and Chromium's PDF): facts, counts, final checks, every registrant and decision.</summary>
internal sealed class ReportModel(EventOverview overview, IFinalCheckStore finalChecks, RegistrantViews views, TimeProvider time) : PageModel
{
    public DateTimeOffset GeneratedAt { get; private set; }

    public EventSummary Event { get; private set; } = null!; // set before the page renders

    public IReadOnlyList<FinalCheckRecord> FinalChecks { get; private set; } = [];

    public IReadOnlyList<RegistrantItem> Registrants { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid eventId, CancellationToken cancellationToken)
    {
        if (await overview.GetAsync(eventId, cancellationToken) is not { } summary)
        {
            return NotFound();
        }

        GeneratedAt = time.GetUtcNow();
        Event = summary;
        FinalChecks = await finalChecks.ListFinalChecksAsync(eventId, cancellationToken);
        Registrants = await views.ListAsync(eventId, cancellationToken);
        return Page();
    }
}
