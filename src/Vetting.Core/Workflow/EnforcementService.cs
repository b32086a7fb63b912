using Microsoft.Extensions.Logging;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;

namespace Vetting.Core.Workflow;

/// <summary>
/// Applies the open (pending or failed) platform actions. Every action was recorded with its decision, under an
/// idempotency key, before anything was sent; here it is sent and its outcome recorded. A crash in between leaves the
/// action open, and the next pass sends it again: the connector skips actions already in place, so the platform sees
/// one change. Throttling stops the pass with <see cref="PlatformThrottledException"/> so the job can wait.
/// </summary>
public sealed class EnforcementService(
    IPlatformActionStore actions,
    IEventStore events,
    PlatformDirectory platforms,
    ILogger<EnforcementService> logger)
{
    /// <summary>Most actions taken in one pass.</summary>
    public const int MaxActionsPerPass = 1000;

    /// <summary>Applies the open actions of one event, or of every event when <paramref name="eventId"/> is null.</summary>
    /// <exception cref="PlatformThrottledException">A platform asked to wait; the actions stay open.</exception>
    public async Task<EnforcementResult> EnforceAsync(Guid? eventId, CancellationToken cancellationToken)
    {
        var open = await actions.ListOpenActionsAsync(eventId, MaxActionsPerPass, cancellationToken);
        var result = EnforcementResult.None;
        foreach (var group in open.GroupBy(a => a.EventId))
        {
            var vettedEvent = await events.GetEventAsync(group.Key, cancellationToken);
            result = result.Add(await EnforceEventAsync(vettedEvent, [.. group], cancellationToken));
        }

        if (open.Count > 0)
        {
            Log.Enforced(logger, eventId, result.Applied, result.NotEnforceable, result.Failed);
        }

        return result;
    }

    /// <summary>
    /// Applies the open actions of every event of one account. Jobs that touch a platform account run one at a time per
    /// account, so two service instances never send the same action at once.
    /// </summary>
    /// <exception cref="PlatformThrottledException">The platform asked to wait; the actions stay open.</exception>
    public async Task<EnforcementResult> EnforceAccountAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var open = await actions.ListOpenActionsAsync(null, MaxActionsPerPass, cancellationToken);
        var result = EnforcementResult.None;
        foreach (var group in open.GroupBy(a => a.EventId))
        {
            var vettedEvent = await events.GetEventAsync(group.Key, cancellationToken);
            if (vettedEvent?.AccountId == accountId)
            {
                result = result.Add(await EnforceEventAsync(vettedEvent, [.. group], cancellationToken));
            }
        }

        return result;
    }

    private async Task<EnforcementResult> EnforceEventAsync(
        VettedEvent? vettedEvent, List<PlatformActionRecord> batch, CancellationToken cancellationToken)
    {
        var platform = vettedEvent is null ? null : platforms.Find(vettedEvent.Ref.Platform, vettedEvent.Ref.Account);
        if (vettedEvent is null || platform is null)
        {
            return await FailAllAsync(batch, "no connector is configured for the event's platform account", cancellationToken);
        }

        IReadOnlyList<PlatformActionOutcome> outcomes;
        try
        {
            outcomes = await platform.ApplyAsync(vettedEvent.Ref, [.. batch.Select(a => a.ToPlatformAction())], cancellationToken);
        }
        catch (PlatformThrottledException ex)
        {
            await FailAllAsync(batch, "throttled: retry after " + ex.RetryAfter, CancellationToken.None);
            throw;
        }
        catch (PlatformApiException ex) when (ex.IsNotFound)
        {
            var applied = 0;
            foreach (var action in batch)
            {
                var gone = new PlatformActionOutcome(action.ToPlatformAction(), PlatformActionResult.NotEnforceable, "event not found on the platform");
                await actions.CompleteActionAsync(action.Id, gone, cancellationToken);
                applied++;
            }

            return new EnforcementResult(0, applied, 0);
        }
        catch (Exception ex) when (ex is PlatformApiException or HttpRequestException or TimeoutException
                                       or TaskCanceledException { CancellationToken.IsCancellationRequested: false })
        {
            Log.EnforcementFailed(logger, vettedEvent.Id, batch.Count, ex.GetType().Name);
            return await FailAllAsync(batch, Describe(ex), CancellationToken.None);
        }

        return await RecordAsync(batch, outcomes, cancellationToken);
    }

    private async Task<EnforcementResult> RecordAsync(
        List<PlatformActionRecord> batch, IReadOnlyList<PlatformActionOutcome> outcomes, CancellationToken cancellationToken)
    {
        var byKey = outcomes.ToDictionary(o => o.Action.IdempotencyKey, StringComparer.Ordinal);
        int applied = 0, refused = 0, failed = 0;
        foreach (var action in batch)
        {
            if (!byKey.TryGetValue(action.IdempotencyKey, out var outcome))
            {
                await actions.RecordActionFailureAsync(action.Id, "the connector returned no outcome for the action", cancellationToken);
                failed++;
                continue;
            }

            await actions.CompleteActionAsync(action.Id, outcome, cancellationToken);
            if (outcome.Result == PlatformActionResult.NotEnforceable)
            {
                refused++;
            }
            else
            {
                applied++;
            }
        }

        return new EnforcementResult(applied, refused, failed);
    }

    private async Task<EnforcementResult> FailAllAsync(List<PlatformActionRecord> batch, string reason, CancellationToken cancellationToken)
    {
        foreach (var action in batch)
        {
            await actions.RecordActionFailureAsync(action.Id, reason, cancellationToken);
        }

        return new EnforcementResult(0, 0, batch.Count);
    }

    private static string Describe(Exception ex) => ex switch
    {
        PlatformApiException api => $"platform refused: {(int?)api.StatusCode} {api.PlatformCode}".TrimEnd(),
        _ => "platform unreachable: " + ex.GetType().Name,
    };
}
