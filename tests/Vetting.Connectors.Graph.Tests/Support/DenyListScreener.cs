using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Tests.Support;

/// <summary>
/// A deterministic stand-in for screening (the real engine is wired by the service issue): registrations whose ids are
/// in the deny set are denied, everyone else cleared. Counts what it saw and checks it saw each registrant once.
/// </summary>
internal sealed class DenyListScreener(IReadOnlySet<string> deny) : IRegistrantScreener
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public int Screened => _seen.Count;

    public int Repeats { get; private set; }

    public ValueTask<RegistrantVerdict> ScreenAsync(PlatformEvent platformEvent, PlatformRegistrant registrant, CancellationToken cancellationToken)
    {
        if (!_seen.Add(registrant.ExternalId))
        {
            Repeats++;
        }

        return ValueTask.FromResult(deny.Contains(registrant.ExternalId) ? RegistrantVerdict.Deny : RegistrantVerdict.Clear);
    }
}
