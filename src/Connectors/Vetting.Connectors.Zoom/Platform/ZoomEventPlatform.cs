using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Vetting.Connectors.Zoom.Api;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Zoom.Platform;

/// <summary>The Zoom side of <see cref="IEventPlatform"/>: discovery, registrants in every status, and actions.</summary>
internal sealed class ZoomEventPlatform(
    ZoomAccountRegistry accounts,
    ZoomApiClientFactory clients,
    ZoomActionApplier applier,
    TimeProvider time,
    ILogger<ZoomEventPlatform> logger) : IEventPlatform
{
    private static readonly RegistrantStatus[] ListedStatuses = [RegistrantStatus.Pending, RegistrantStatus.Approved, RegistrantStatus.Denied];

    public PlatformKind Platform => PlatformKind.Zoom;

    public IReadOnlyCollection<string> Accounts => accounts.Names;

    public async IAsyncEnumerable<PlatformEvent> DiscoverEventsAsync(string account, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = clients.For(account);
        var hosts = client.Account.Options.Hosts.Count > 0 ? [.. client.Account.Options.Hosts] : await ActiveUsersAsync(client, cancellationToken);
        var seen = new HashSet<(PlatformEventKind, long)>();
        var count = 0;
        foreach (var host in hosts)
        {
            foreach (var kind in (PlatformEventKind[])[PlatformEventKind.Meeting, PlatformEventKind.Webinar])
            {
                await foreach (var summary in client.ListUpcomingAsync(kind, host, cancellationToken))
                {
                    var id = summary?.Id ?? throw new PlatformApiException(HttpStatusCode.OK, null,
                        $"Zoom account '{account}' listed a {kind} without an id for one of its hosts.");
                    if (summary.Type is 1 or 4 || !seen.Add((kind, id)))
                    {
                        continue; // Instant and personal-room meetings take no registration; co-hosted ones are listed twice.
                    }

                    var detail = await GetEventOrNullAsync(client, kind, id, cancellationToken);
                    foreach (var platformEvent in detail is null ? [] : ZoomEventMapper.Map(client.Account.Name, kind, id, detail, time.GetUtcNow()))
                    {
                        count++;
                        yield return platformEvent;
                    }
                }
            }
        }

        Log.Discovered(logger, client.Account.Name, count, hosts.Count);
    }

    public async IAsyncEnumerable<PlatformRegistrant> ListRegistrantsAsync(
        PlatformEventRef eventRef, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var target = ZoomEventTarget.Resolve(eventRef, clients);
        var returned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var status in ListedStatuses)
        {
            await foreach (var registrant in target.Client.ListRegistrantsAsync(target.Kind, target.Id, status, target.OccurrenceId, cancellationToken))
            {
                // A registrant whose status changes during the listing can show up under two statuses: report it once.
                if (returned.Add(registrant.Id!))
                {
                    yield return ZoomRegistrantMapper.Map(registrant, status);
                }
            }
        }
    }

    public Task<IReadOnlyList<PlatformActionOutcome>> ApplyAsync(
        PlatformEventRef eventRef, IReadOnlyList<PlatformAction> actions, CancellationToken cancellationToken) =>
        applier.ApplyAsync(ZoomEventTarget.Resolve(eventRef, clients), actions, cancellationToken);

    private static async Task<List<string>> ActiveUsersAsync(ZoomApiClient client, CancellationToken cancellationToken)
    {
        var users = new List<string>();
        await foreach (var user in client.ListActiveUsersAsync(cancellationToken))
        {
            if (!string.IsNullOrWhiteSpace(user?.Id))
            {
                users.Add(user.Id);
            }
        }

        return users;
    }

    private static async Task<ZoomEventDetail?> GetEventOrNullAsync(
        ZoomApiClient client, PlatformEventKind kind, long id, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetEventAsync(kind, id, cancellationToken);
        }
        catch (PlatformApiException ex) when (ex.IsNotFound)
        {
            return null; // Deleted or expired between the listing and the read.
        }
    }
}
