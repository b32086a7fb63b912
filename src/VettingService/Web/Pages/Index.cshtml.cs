using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Vetting.Core.Watchlists;
using Vetting.Service.Api;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Api.Review;
using Vetting.Service.Health;
using Vetting.Service.Web.Dashboard;

namespace Vetting.Service.Web.Pages;

/// <summary>The dashboard: upcoming events with their counts, open flags by time left, watchlist freshness.</summary>
internal sealed class IndexModel(
    EventOverview overview,
    ReviewQueue queue,
    IWatchlistStore watchlists,
    WatchlistCadences cadences,
    IOptions<VettingApiOptions> options,
    TimeProvider time) : PageModel
{
    public DateTimeOffset Now { get; private set; }

    public IReadOnlyList<EventSummary> Events { get; private set; } = [];

    public IReadOnlyList<FlagUrgency> Flags { get; private set; } = [];

    public int OpenFlags { get; private set; }

    public IReadOnlyList<ListFreshness> Lists { get; private set; } = [];

    public int UpcomingDays => options.Value.UpcomingDays;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        Events = await overview.ListUpcomingAsync(TimeSpan.FromDays(UpcomingDays), cancellationToken);
        var flags = await queue.ListAsync(cancellationToken);
        OpenFlags = flags.Count;
        Flags = FlagUrgency.Tally(flags, Now);
        Lists = ListFreshness.Of(watchlists, cadences, Now);
    }
}
