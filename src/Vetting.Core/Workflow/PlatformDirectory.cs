using Vetting.Core.Platforms;

namespace Vetting.Core.Workflow;

/// <summary>The connectors registered in the service, looked up by platform and configured account name.</summary>
public sealed class PlatformDirectory(IEnumerable<IEventPlatform> platforms)
{
    private readonly IReadOnlyList<IEventPlatform> _platforms = [.. platforms];

    /// <summary>Every configured (platform, account) pair, in registration order.</summary>
    public IReadOnlyList<(PlatformKind Platform, string Account)> Accounts =>
        [.. _platforms.SelectMany(p => p.Accounts.Select(a => (p.Platform, a)))];

    /// <summary>The connector that serves the account, or null when none is configured for it (any more).</summary>
    public IEventPlatform? Find(PlatformKind platform, string account) =>
        _platforms.FirstOrDefault(p => p.Platform == platform && p.Accounts.Contains(account, StringComparer.OrdinalIgnoreCase));

    /// <summary>The connector that serves the event's account.</summary>
    /// <exception cref="InvalidOperationException">No connector is configured for that platform and account.</exception>
    public IEventPlatform Get(PlatformEventRef eventRef)
    {
        ArgumentNullException.ThrowIfNull(eventRef);
        return Find(eventRef.Platform, eventRef.Account)
               ?? throw new InvalidOperationException($"no connector is configured for {eventRef.Platform} account '{eventRef.Account}'");
    }
}
