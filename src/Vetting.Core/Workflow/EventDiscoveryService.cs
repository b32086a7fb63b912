using Microsoft.Extensions.Logging;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;

namespace Vetting.Core.Workflow;

/// <summary>
/// Stores the connected accounts and their upcoming events. A new event copies its account's default policy (screening
/// on, auto-approve clean on, automatic blocking off unless the account says otherwise).
/// </summary>
public sealed class EventDiscoveryService(
    IAccountStore accounts,
    IEventStore events,
    PlatformDirectory platforms,
    ILogger<EventDiscoveryService> logger)
{
    /// <summary>Every account configured in a connector.</summary>
    public IReadOnlyList<(PlatformKind Platform, string Account)> ConfiguredAccounts => platforms.Accounts;

    /// <summary>Connects the account if it is new and stores its upcoming events.</summary>
    /// <exception cref="InvalidOperationException">No connector serves that account.</exception>
    /// <exception cref="PlatformThrottledException">The platform asked to wait; events stored so far stay.</exception>
    public async Task<DiscoveryResult> DiscoverAsync(PlatformKind platform, string account, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(account);
        var connector = platforms.Find(platform, account)
                        ?? throw new InvalidOperationException($"no connector is configured for {platform} account '{account}'");
        var stored = (await accounts.ConnectAccountAsync(platform, account, AuditDraft.SystemActor, cancellationToken)).Value;
        if (!stored.Enabled)
        {
            return new DiscoveryResult(null, [], 0);
        }

        var ids = new List<Guid>();
        var created = 0;
        await foreach (var discovered in connector.DiscoverEventsAsync(account, cancellationToken))
        {
            var upserted = await events.UpsertDiscoveredEventAsync(stored.Id, discovered, cancellationToken);
            ids.Add(upserted.Value.Id);
            created += upserted.Created ? 1 : 0;
        }

        Log.Discovered(logger, platform, stored.Id, ids.Count, created);
        return new DiscoveryResult(stored.Id, ids, created);
    }
}
