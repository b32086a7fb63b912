using Vetting.Core.Platforms;

namespace Vetting.Core.Vetting;

/// <summary>Connected platform accounts and their default event policy.</summary>
public interface IAccountStore
{
    /// <summary>Stores the account with <see cref="EventPolicy.NewEventDefault"/> if it is new; returns it either way.</summary>
    Task<Upserted<ConnectedAccount>> ConnectAccountAsync(PlatformKind platform, string name, string actor, CancellationToken cancellationToken);

    Task<ConnectedAccount?> FindAccountAsync(PlatformKind platform, string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<ConnectedAccount>> ListAccountsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Changes the default policy and the enabled flag, audited. Throws <see cref="VettingConcurrencyException"/> when
    /// <paramref name="expectedRevision"/> is stale.
    /// </summary>
    Task<ConnectedAccount> UpdateAccountAsync(
        Guid accountId, EventPolicy defaultPolicy, bool enabled, int expectedRevision, string actor, CancellationToken cancellationToken);
}
