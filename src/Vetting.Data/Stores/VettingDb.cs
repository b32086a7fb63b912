using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Vetting.Core.Vetting;
using Vetting.Data.Context;

namespace Vetting.Data.Stores;

/// <summary>
/// Runs the stores' units of work. A write runs in one transaction and is retried from the start (with a fresh context)
/// when another writer got in first: a unique key taken, a row changed under an optimistic token, a deadlock. On retry
/// the work finds the other writer's row and returns it, which is what makes the writes idempotent across instances.
/// </summary>
internal sealed class VettingDb(VettingContextFactory contexts, TimeProvider time, ILogger<VettingDb> logger)
{
    private const int MaxAttempts = 10;

    /// <summary>Now, in UTC, to the millisecond (what every provider stores exactly).</summary>
    public DateTimeOffset Now() => AuditHash.Truncate(time.GetUtcNow());

    /// <summary>A new id, time-ordered (version 7).</summary>
    public Guid NewId() => Guid.CreateVersion7(time.GetUtcNow());

    public async Task<T> ReadAsync<T>(Func<VettingDbContext, Task<T>> read)
    {
        await using var db = contexts.Create();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await read(db);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and saves. With <paramref name="audited"/> the audit chain is locked
    /// first, so the work may append audit records.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<VettingDbContext, Task<T>> work, bool audited, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = contexts.Create();
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                if (audited)
                {
                    await db.LockAuditChainAsync(cancellationToken);
                }

                var result = await work(db);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (Exception e) when (IsConflict(db, e))
            {
                if (attempt >= MaxAttempts)
                {
                    throw new VettingConcurrencyException($"the write kept colliding with other writers ({attempt} attempts)", e);
                }

                Log.WriteConflictRetry(logger, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds((5 * attempt) + Random.Shared.Next(0, 10 * attempt)), cancellationToken);
            }
        }
    }

    private static bool IsConflict(VettingDbContext db, Exception exception)
    {
        if (exception is DbUpdateConcurrencyException)
        {
            return true;
        }

        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException dbException)
            {
                return db.IsTransientConflict(dbException);
            }
        }

        return false;
    }
}
