namespace Vetting.Connectors.Zoom.Throttling;

/// <summary>
/// Client-side limiter of one category of one account: a token bucket kept as a theoretical arrival time (GCRA), a
/// daily counter where the plan has a quota, and a pause set after a 429. Callers reserve a slot and are told how long
/// to wait; a reservation that would wait longer than the caller allows is refused and not counted.
/// </summary>
/// <remarks>
/// The burst is half a second's worth of requests, below Zoom's (a full second): requests that bunch up on the way
/// then still fit Zoom's bucket, so steady traffic at the documented rate is not refused.
/// </remarks>
internal sealed class RateGate
{
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly TimeSpan _burstTolerance;
    private readonly int? _dailyQuota;
    private DateTimeOffset _theoreticalArrival;
    private DateTimeOffset _blockedUntil;
    private bool _blockedForTheDay;
    private DateOnly _day;
    private int _usedToday;

    public RateGate(ZoomRateLimit limit, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit.RequestsPerSecond);
        _time = time;
        _interval = TimeSpan.FromSeconds(1 / limit.RequestsPerSecond);
        var burst = Math.Max(1, (int)Math.Floor(limit.RequestsPerSecond / 2));
        _burstTolerance = _interval * (burst - 1);
        _dailyQuota = limit.DailyQuota;
        _theoreticalArrival = time.GetUtcNow();
    }

    /// <summary>
    /// Reserves the next slot. Returns the wait before sending, or a refusal with the wait that would be needed when it
    /// exceeds <paramref name="maxWait"/> or the daily quota or a daily pause stands in the way.
    /// </summary>
    public RateGateReservation Reserve(TimeSpan maxWait)
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            if (_blockedUntil > now && _blockedUntil - now > maxWait)
            {
                return RateGateReservation.Refused(_blockedUntil - now, _blockedForTheDay);
            }

            var today = DateOnly.FromDateTime(now.UtcDateTime);
            if (today != _day)
            {
                _day = today;
                _usedToday = 0;
            }

            if (_dailyQuota is { } quota && _usedToday >= quota)
            {
                return RateGateReservation.Refused(NextUtcMidnight(now) - now, daily: true);
            }

            var arrival = Max(Max(_theoreticalArrival, now), _blockedUntil);
            var allowedAt = Max(arrival - _burstTolerance, _blockedUntil);
            var wait = allowedAt > now ? allowedAt - now : TimeSpan.Zero;
            if (wait > maxWait)
            {
                return RateGateReservation.Refused(wait, daily: false);
            }

            _theoreticalArrival = arrival + _interval;
            _usedToday++;
            return RateGateReservation.Granted(wait);
        }
    }

    /// <summary>Holds every request of this category until <paramref name="until"/> (after a 429; daily: the quota is spent).</summary>
    public void PauseUntil(DateTimeOffset until, bool daily = false)
    {
        lock (_lock)
        {
            if (until > _blockedUntil)
            {
                _blockedUntil = until;
                _blockedForTheDay = daily;
            }
        }
    }

    public static DateTimeOffset NextUtcMidnight(DateTimeOffset now) =>
        new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
