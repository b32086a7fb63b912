using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Subscriptions;

/// <summary>The polling fallback: read every registration, report the new and changed ones.</summary>
internal sealed partial class GraphWatcher
{
    /// <summary>
    /// Lists the event's registrations and publishes a notice for each one that is new or changed status since the last
    /// poll (every one on the first poll, or on a catch-up after notifications may have been missed).
    /// </summary>
    private async Task PollAsync(GraphEventWatch watch, CancellationToken cancellationToken)
    {
        var snapshot = new Dictionary<string, RegistrantStatus>(StringComparer.Ordinal);
        var previous = watch.CatchUpDue ? null : watch.Snapshot;
        var published = 0;
        try
        {
            await foreach (var registrant in platform.ListRegistrantsAsync(watch.Ref, cancellationToken))
            {
                snapshot[registrant.ExternalId] = registrant.Status;
                if (previous is not null && previous.TryGetValue(registrant.ExternalId, out var before) && before == registrant.Status)
                {
                    continue;
                }

                var change = previous is not null && previous.ContainsKey(registrant.ExternalId)
                    ? GraphNoticePublisher.ChangeFor(registrant.Status)
                    : RegistrationChange.Created;
                await publisher.PublishAsync(new RegistrationNotice(watch.Ref, registrant.ExternalId, change, time.GetUtcNow()), cancellationToken);
                published++;
            }
        }
        catch (Exception ex) when (ex is PlatformApiException or PlatformThrottledException or HttpRequestException)
        {
            // The snapshot stays as it was, so nothing is skipped: the next poll reports what this one could not.
            Log.PollFailed(logger, watch.Ref.ToString(), ex.GetType().Name);
            watch.NextPollAt = time.GetUtcNow() + (ex is PlatformThrottledException throttled ? throttled.RetryAfter : Options.PollInterval);
            return;
        }

        watch.Snapshot = snapshot;
        watch.CatchUpDue = false;
        watch.NextPollAt = time.GetUtcNow() + Options.PollInterval;
        Log.Polled(logger, watch.Ref.ToString(), snapshot.Count, published);
    }
}
