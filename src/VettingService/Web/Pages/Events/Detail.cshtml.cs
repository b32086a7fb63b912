using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vetting.Core.Vetting;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Api.Review;
using Vetting.Service.Web.Events;

namespace Vetting.Service.Web.Pages.Events;

/// <summary>One event: counts, policy, final-check records, registrants with their decisions and filters, CSV export.</summary>
internal sealed class DetailModel(EventOverview overview, IFinalCheckStore finalChecks, RegistrantViews views, TimeProvider time) : PageModel
{
    public DateTimeOffset Now { get; private set; }

    public EventSummary Event { get; private set; } = null!; // set by every handler that renders the page

    public IReadOnlyList<FinalCheckRecord> FinalChecks { get; private set; } = [];

    public IReadOnlyList<RegistrantItem> Registrants { get; private set; } = [];

    public int Total { get; private set; }

    public string Show { get; private set; } = "all";

    [BindProperty]
    public string? Search { get; set; }

    public Task<IActionResult> OnGetAsync(Guid eventId, string? show, CancellationToken cancellationToken) =>
        RenderAsync(eventId, show, null, cancellationToken);

    /// <summary>The search box posts, so the text (usually a name) never appears in a URL or an access log.</summary>
    public Task<IActionResult> OnPostAsync(Guid eventId, string? show, CancellationToken cancellationToken) =>
        RenderAsync(eventId, show, Search is { Length: > 200 } ? Search[..200] : Search, cancellationToken);

    public async Task<IActionResult> OnGetExportAsync(Guid eventId, CancellationToken cancellationToken)
    {
        if (await overview.GetAsync(eventId, cancellationToken) is null)
        {
            return NotFound();
        }

        await RegistrantExport.WriteAsync(Response, eventId, await views.ListAsync(eventId, cancellationToken), cancellationToken);
        return new EmptyResult();
    }

    private async Task<IActionResult> RenderAsync(Guid eventId, string? show, string? search, CancellationToken cancellationToken)
    {
        if (await overview.GetAsync(eventId, cancellationToken) is not { } summary)
        {
            return NotFound();
        }

        Now = time.GetUtcNow();
        Event = summary;
        Show = RegistrantFilter.Normalize(show);
        FinalChecks = await finalChecks.ListFinalChecksAsync(eventId, cancellationToken);
        var all = await views.ListAsync(eventId, cancellationToken);
        Total = all.Count;
        Registrants = RegistrantFilter.Apply(all, Show, search);
        return Page();
    }
}
