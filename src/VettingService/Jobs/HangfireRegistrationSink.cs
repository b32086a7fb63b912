using System.Collections.Concurrent;
using Hangfire;
using Microsoft.Extensions.Options;
using Vetting.Core.Platforms;

namespace Vetting.Service.Jobs;

/// <summary>
/// Turns a verified registration notice into a durable pull job (ids only in its arguments). Notices for an event whose
/// pull is already scheduled and has not yet run are covered by that pull and not queued again.
/// </summary>
internal sealed class HangfireRegistrationSink(IBackgroundJobClient jobs, IOptions<JobsOptions> options, TimeProvider time) : IRegistrationEventSink
{
    private const int MaxTracked = 10_000;
    private readonly ConcurrentDictionary<PlatformEventRef, DateTimeOffset> _scheduled = new();

    public ValueTask PublishAsync(RegistrationNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var now = time.GetUtcNow();
        var delay = options.Value.NoticeDelay;
        var runAt = now + delay;
        var target = notice.Event;
        if (delay > TimeSpan.Zero && _scheduled.TryGetValue(target, out var pending) && pending > now)
        {
            return ValueTask.CompletedTask;
        }

        if (_scheduled.Count > MaxTracked)
        {
            foreach (var past in _scheduled.Where(kv => kv.Value <= now).Select(kv => kv.Key).ToList())
            {
                _scheduled.TryRemove(past, out _);
            }
        }

        _scheduled[target] = runAt;
        var (platform, account, kind, externalId, occurrence) =
            (target.Platform.ToString(), target.Account, target.Kind.ToString(), target.ExternalId, target.OccurrenceId);
        if (delay > TimeSpan.Zero)
        {
            jobs.Schedule<PullJob>(job => job.OnNoticeAsync(platform, account, kind, externalId, occurrence, CancellationToken.None), delay);
        }
        else
        {
            jobs.Enqueue<PullJob>(job => job.OnNoticeAsync(platform, account, kind, externalId, occurrence, CancellationToken.None));
        }

        return ValueTask.CompletedTask;
    }
}
