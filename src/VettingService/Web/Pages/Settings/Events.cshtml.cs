using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Vetting.Service.Api;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Api.Review;

namespace Vetting.Service.Web.Pages.Settings;

/// <summary>Admin: the upcoming events with the policy each runs under, each with a link to change it.</summary>
internal sealed class EventsModel(EventOverview overview, IOptions<VettingApiOptions> options, TimeProvider time) : PageModel
{
    public IReadOnlyList<EventSummary> Events { get; private set; } = [];

    public int UpcomingDays => options.Value.UpcomingDays;

    public DateTimeOffset Now { get; private set; }

    public EventSummary? Saved { get; private set; }

    public async Task OnGetAsync(Guid? saved, CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        Events = await overview.ListUpcomingAsync(TimeSpan.FromDays(UpcomingDays), cancellationToken);
        Saved = saved is { } id ? Events.FirstOrDefault(e => e.Id == id) ?? await overview.GetAsync(id, cancellationToken) : null;
    }
}
