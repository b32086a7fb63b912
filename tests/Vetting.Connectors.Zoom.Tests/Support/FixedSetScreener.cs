using Vetting.Core.Platforms;

namespace Vetting.Connectors.Zoom.Tests.Support;

/// <summary>
/// A deterministic stand-in for screening: registrants whose ids are in <paramref name="deny"/> are denied, those in
/// <paramref name="hold"/> held, everyone else cleared. The real matching engine is wired by the service issue.
/// </summary>
internal sealed class FixedSetScreener(IReadOnlySet<string> deny, IReadOnlySet<string> hold) : IRegistrantScreener
{
    public int Screened { get; private set; }

    public ValueTask<RegistrantVerdict> ScreenAsync(PlatformEvent platformEvent, PlatformRegistrant registrant, CancellationToken cancellationToken)
    {
        Screened++;
        return ValueTask.FromResult(
            deny.Contains(registrant.ExternalId) ? RegistrantVerdict.Deny
            : hold.Contains(registrant.ExternalId) ? RegistrantVerdict.Hold
            : RegistrantVerdict.Clear);
    }
}
