namespace Vetting.Core.Platforms;

/// <summary>Screens one registrant of one event. Deterministic for the same input and list version.</summary>
public interface IRegistrantScreener
{
    ValueTask<RegistrantVerdict> ScreenAsync(PlatformEvent platformEvent, PlatformRegistrant registrant, CancellationToken cancellationToken);
}
