namespace Vetting.Testing.FakeZoom;

/// <summary>
/// Zoom's per-account, per-category limits (zoom-api.md §4) as continuous token buckets holding one second's worth,
/// plus the Free plan's daily quotas. Written from the doc's table, independently of the connector.
/// </summary>
public sealed class FakeZoomRateLimiter(TimeProvider clock)
{
    // Per second: Light, Medium, Heavy, Resource-intensive (per minute / 60).
    private static readonly Dictionary<string, double[]> PerSecond = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Free"] = [4, 2, 1, 10 / 60.0],
        ["Pro"] = [30, 20, 10, 10 / 60.0],
        ["Business"] = [80, 60, 40, 20 / 60.0],
    };

    private static readonly int[] FreeDaily = [6_000, 2_000, 1_000, 30_000];
    private static readonly string[] Names = ["Light", "Medium", "Heavy", "Resource-intensive"];

    private readonly Lock _lock = new();
    private readonly Dictionary<(string, int), Bucket> _buckets = [];

    public static int CategoryIndex(string category) => Array.IndexOf(Names, category);

    public static int Limit(string plan, string category) => (int)Math.Max(1, PerSecond[plan][CategoryIndex(category)]);

    /// <summary>Takes one request from the bucket; false with the limit type when refused.</summary>
    public (bool Allowed, string? LimitType, int Remaining) TryTake(string accountId, string plan, string category)
    {
        var index = CategoryIndex(category);
        var rate = PerSecond[plan][index];
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            if (!_buckets.TryGetValue((accountId, index), out var bucket))
            {
                bucket = new Bucket { Tokens = Math.Max(1, rate), Updated = now, Day = DateOnly.FromDateTime(now.UtcDateTime) };
                _buckets[(accountId, index)] = bucket;
            }

            bucket.Tokens = Math.Min(Math.Max(1, rate), bucket.Tokens + (now - bucket.Updated).TotalSeconds * rate);
            bucket.Updated = now;
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            if (today != bucket.Day)
            {
                bucket.Day = today;
                bucket.UsedToday = 0;
            }

            if (string.Equals(plan, "Free", StringComparison.OrdinalIgnoreCase) && bucket.UsedToday >= FreeDaily[index])
            {
                return (false, "Daily-limit", 0);
            }

            if (bucket.Tokens < 1)
            {
                return (false, "QPS", 0);
            }

            bucket.Tokens -= 1;
            bucket.UsedToday++;
            return (true, null, (int)bucket.Tokens);
        }
    }

    private sealed class Bucket
    {
        public double Tokens { get; set; }

        public DateTimeOffset Updated { get; set; }

        public DateOnly Day { get; set; }

        public int UsedToday { get; set; }
    }
}
