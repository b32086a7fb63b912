using System.Collections.Concurrent;

namespace Vetting.Connectors.Zoom.Auth;

/// <summary>
/// One cached token per account, renewed before expiry, single-flight: Zoom may invalidate older tokens when an app
/// mints many (zoom-api.md §1), so concurrent callers share one fetch.
/// </summary>
internal sealed class ZoomTokenCache(ZoomTokenClient client, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);

    public async ValueTask<ZoomAccessToken> GetAsync(ZoomAccount account, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(account.Name, _ => new Entry());
        var token = Volatile.Read(ref entry.Token);
        if (token is not null && time.GetUtcNow() < token.RenewAt)
        {
            return token;
        }

        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            token = entry.Token;
            if (token is not null && time.GetUtcNow() < token.RenewAt)
            {
                return token;
            }

            token = await client.RequestAsync(account, cancellationToken);
            Volatile.Write(ref entry.Token, token);
            return token;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    /// <summary>Forgets <paramref name="rejected"/> unless another caller has already replaced it.</summary>
    public void Invalidate(ZoomAccount account, ZoomAccessToken rejected)
    {
        if (_entries.TryGetValue(account.Name, out var entry))
        {
            Interlocked.CompareExchange(ref entry.Token, null, rejected);
        }
    }

    public void Dispose()
    {
        foreach (var entry in _entries.Values)
        {
            entry.Dispose();
        }
    }

    private sealed class Entry : IDisposable
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        // A field, so Invalidate can compare-and-swap it.
        public ZoomAccessToken? Token;

        public void Dispose() => Gate.Dispose();
    }
}
