using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Vetting.Service.Auth;

/// <summary>Locks a local user name for a while after too many failed sign-ins in a row (in memory, per instance).</summary>
internal sealed class SignInThrottle(IOptions<VettingAuthOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset LockedUntil)> _state = new(StringComparer.OrdinalIgnoreCase);

    public bool IsLocked(string userName) =>
        _state.TryGetValue(userName, out var state) && state.LockedUntil > time.GetUtcNow();

    /// <summary>Counts a failure; returns the failures in a row.</summary>
    public int Fail(string userName)
    {
        var settings = options.Value;
        var updated = _state.AddOrUpdate(
            userName,
            _ => (1, DateTimeOffset.MinValue),
            (_, old) => old.Failures + 1 >= settings.MaxFailedSignIns
                ? (old.Failures + 1, time.GetUtcNow().AddMinutes(settings.LockoutMinutes))
                : (old.Failures + 1, old.LockedUntil));
        return updated.Failures;
    }

    public void Succeed(string userName) => _state.TryRemove(userName, out _);
}
