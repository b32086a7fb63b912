namespace Vetting.Testing.FakeZoom;

/// <summary>One registrant item of an accepted status update, whether or not it changed anything.</summary>
public sealed record FakeZoomStatusChange(long EventId, string RegistrantId, string Action, string From, string To)
{
    public bool Changed => From != To;
}
