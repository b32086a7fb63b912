namespace VettingService.UiTests.Support;

/// <summary>
/// The system clock moved forward by <see cref="Offset"/>. Timers and timestamps stay real, so the host's jobs, rate
/// limiters and timeouts keep working (a frozen fake clock stalls them); only "now" jumps.
/// </summary>
internal sealed class ShiftedTimeProvider : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
