using Vetting.Core.Vetting;

namespace Vetting.Service.Web.Admin;

/// <summary>
/// The audit page's hash-chain check. Walking the whole chain reads every record (about 2 s for 100,000 on SQLite), so
/// the page reuses a walk younger than <see cref="MaxAge"/>, extended over the records appended since (only those are
/// read), and says when the whole walk ran; "check now" forces a new one. One check at a time: readers arriving during
/// a walk wait for its result. The API's <c>/api/audit/verify</c> always walks the whole chain.
/// </summary>
internal sealed class AuditChainCheck(IAuditLog audit, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _requests;
    private ChainCheckResult? _last;

    /// <summary>The last walk covers every request numbered up to this: they arrived before it started.</summary>
    private long _lastCovers;

    /// <summary>The latest check, walking the chain again when there is none, it is too old, or <paramref name="fresh"/>.</summary>
    public async Task<ChainCheckResult> GetAsync(bool fresh, CancellationToken cancellationToken)
    {
        var ticket = Interlocked.Increment(ref _requests);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // A walk that started after this request arrived (another reader's) is as fresh as one of our own. A reused
            // intact walk is extended over the records appended since, so the newest records are always covered.
            if (_last is { } last && (fresh ? _lastCovers >= ticket : time.GetUtcNow() - last.StartedAt < MaxAge))
            {
                if (last.Report.IsIntact)
                {
                    _last = last with { Report = await audit.VerifyChainAfterAsync(last.Report, cancellationToken) };
                }

                return _last;
            }

            _lastCovers = Interlocked.Read(ref _requests);
            var startedAt = time.GetUtcNow();
            var report = await audit.VerifyChainAsync(cancellationToken);
            _last = new ChainCheckResult(report, startedAt);
            return _last;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
