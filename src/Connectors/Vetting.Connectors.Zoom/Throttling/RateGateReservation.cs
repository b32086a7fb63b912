namespace Vetting.Connectors.Zoom.Throttling;

/// <summary>The answer of <see cref="RateGate.Reserve"/>: wait this long and send, or do not send at all.</summary>
internal readonly record struct RateGateReservation(bool IsGranted, TimeSpan Wait, bool IsDaily)
{
    public static RateGateReservation Granted(TimeSpan wait) => new(true, wait, false);

    public static RateGateReservation Refused(TimeSpan wait, bool daily) => new(false, wait, daily);
}
