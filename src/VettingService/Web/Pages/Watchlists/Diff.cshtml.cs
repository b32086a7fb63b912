using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vetting.Core.Watchlists;
using Vetting.Service.Api.Lists;
using Vetting.Watchlists.Versions;

namespace Vetting.Service.Web.Pages.Watchlists;

/// <summary>
/// The entities added, removed and changed between two versions of one source (default: the version before the active
/// one → the active one). Each section shows at most <see cref="MaxRows"/> entities; the counts are always complete.
/// </summary>
internal sealed class DiffModel(VersionComparison comparison, WatchlistOverview overview) : PageModel
{
    public const int MaxRows = 500;

    [BindProperty(SupportsGet = true)]
    public string Source { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public IReadOnlyList<WatchlistVersion> Versions { get; private set; } = [];

    public WatchlistDiff? Diff { get; private set; }

    public IActionResult OnGet(CancellationToken cancellationToken)
    {
        if (overview.Find(Source) is not { } source)
        {
            return NotFound();
        }

        Versions = source.Versions;
        Diff = comparison.Compare(Source, From, To, cancellationToken);
        if (Diff is not null)
        {
            (From, To) = (Diff.FromVersion, Diff.ToVersion);
        }

        return Page();
    }
}
