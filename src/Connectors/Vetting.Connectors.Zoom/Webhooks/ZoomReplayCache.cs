namespace Vetting.Connectors.Zoom.Webhooks;

/// <summary>
/// Remembers accepted webhook deliveries by (event, object id, registrant id, event_ts) so a repeat is refused
/// (zoom-api.md §6). Entries expire after <see cref="Retention"/>, covering Zoom's retries (≈5, 20 and 60 min later);
/// the oldest are dropped first when <see cref="Capacity"/> is reached.
/// </summary>
internal sealed class ZoomReplayCache(TimeProvider time)
{
    public const int Capacity = 100_000;
    public static readonly TimeSpan Retention = TimeSpan.FromHours(2);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> _order = new();

    /// <summary>Forgets <paramref name="key"/> (its queue entry expires on its own).</summary>
    public void Remove(string key)
    {
        lock (_lock)
        {
            _seen.Remove(key);
        }
    }

    /// <summary>Records <paramref name="key"/>; false when it was already there.</summary>
    public bool TryAdd(string key)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            Expire(now);
            if (!_seen.TryAdd(key, now))
            {
                return false;
            }

            _order.Enqueue((key, now));
            while (_seen.Count > Capacity && _order.TryDequeue(out var oldest))
            {
                Forget(oldest);
            }

            return true;
        }
    }

    private void Expire(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && now - oldest.At > Retention)
        {
            _order.Dequeue();
            Forget(oldest);
        }
    }

    /// <summary>Drops a queue entry's key unless the key was removed and added again since.</summary>
    private void Forget((string Key, DateTimeOffset At) entry)
    {
        if (_seen.TryGetValue(entry.Key, out var at) && at == entry.At)
        {
            _seen.Remove(entry.Key);
        }
    }
}
