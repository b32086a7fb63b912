using System.Net;
using System.Security.Cryptography;
using Microsoft.Graph.Models;
using Vetting.Connectors.Graph.Api;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Subscriptions;

/// <summary>Creating, renewing, replacing and dropping subscriptions, and lifecycle signals.</summary>
internal sealed partial class GraphWatcher
{
    /// <summary>Holds a subscription for the event, or switches it to polling with the reason.</summary>
    private async Task SubscribeAsync(GraphEventWatch watch, CancellationToken cancellationToken)
    {
        if (watch.Tenant.NotificationUrl is not { } url)
        {
            Poll(watch, "no NotificationUrl is configured for the tenant");
            return;
        }

        var api = apis.For(watch.Tenant);
        var resource = GraphApi.RegistrationsResource(watch.Ref.Kind, watch.Ref.ExternalId);
        try
        {
            watch.Subscription = await CreateAsync(api, watch, resource, url, cancellationToken);
        }
        catch (PlatformApiException ex) when (ex.StatusCode == HttpStatusCode.Conflict)
        {
            // An app may hold one registration subscription per event: one left by an earlier process is replaced.
            await DeleteExistingAsync(api, resource, cancellationToken);
            watch.Subscription = await TryCreateAsync(api, watch, resource, url, cancellationToken);
        }
        catch (PlatformApiException ex)
        {
            Poll(watch, $"Graph refused the subscription: HTTP {(int)(ex.StatusCode ?? 0)}, code {ex.PlatformCode ?? "none"}");
            return;
        }

        if (watch.Subscription is null)
        {
            return;
        }

        watch.PollReason = null;
        subscriptions.Set(watch.Subscription);
        Log.Subscribed(logger, watch.Ref.ToString(), watch.Subscription.Id, watch.Subscription.ExpiresAt);
    }

    private async Task<GraphSubscription?> TryCreateAsync(
        GraphApi api, GraphEventWatch watch, string resource, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            return await CreateAsync(api, watch, resource, url, cancellationToken);
        }
        catch (PlatformApiException ex)
        {
            Poll(watch, $"Graph refused the subscription again after the old one was removed: HTTP {(int)(ex.StatusCode ?? 0)}, code {ex.PlatformCode ?? "none"}");
            return null;
        }
    }

    private async Task<GraphSubscription> CreateAsync(
        GraphApi api, GraphEventWatch watch, string resource, Uri url, CancellationToken cancellationToken)
    {
        var clientState = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var created = await api.CreateSubscriptionAsync(resource, url, clientState, time.GetUtcNow() + Options.SubscriptionLifetime, cancellationToken);
        // Checked by CreateSubscriptionAsync: the id is present.
        return new GraphSubscription(created.Id!, watch.Tenant.Name, watch.Ref, clientState, created.ExpirationDateTime ?? time.GetUtcNow() + Options.SubscriptionLifetime);
    }

    private static async Task DeleteExistingAsync(GraphApi api, string resource, CancellationToken cancellationToken)
    {
        var stale = new List<Subscription>();
        await foreach (var subscription in api.ListSubscriptionsAsync(cancellationToken))
        {
            if (string.Equals(subscription.Resource?.Trim('/'), resource, StringComparison.OrdinalIgnoreCase) && subscription.Id is not null)
            {
                stale.Add(subscription);
            }
        }

        foreach (var subscription in stale)
        {
            await api.DeleteSubscriptionAsync(subscription.Id!, cancellationToken);
        }
    }

    private async Task RenewIfDueAsync(GraphEventWatch watch, CancellationToken cancellationToken)
    {
        if (watch.Subscription is not { } subscription || subscription.ExpiresAt - time.GetUtcNow() > Options.RenewBefore)
        {
            return;
        }

        await RenewAsync(watch, subscription, cancellationToken);
    }

    private async Task RenewAsync(GraphEventWatch watch, GraphSubscription subscription, CancellationToken cancellationToken)
    {
        try
        {
            var expires = await apis.For(watch.Tenant).RenewSubscriptionAsync(subscription.Id, time.GetUtcNow() + Options.SubscriptionLifetime, cancellationToken);
            watch.Subscription = subscription with { ExpiresAt = expires };
            subscriptions.Set(watch.Subscription);
            Log.Renewed(logger, watch.Ref.ToString(), subscription.Id, expires);
        }
        catch (PlatformApiException ex)
        {
            Log.RenewFailed(logger, watch.Ref.ToString(), subscription.Id, (int)(ex.StatusCode ?? 0), ex.PlatformCode);
            await ReplaceAsync(watch, cancellationToken);
        }
    }

    /// <summary>Drops the current subscription and subscribes afresh; notifications may have been missed meanwhile.</summary>
    private async Task ReplaceAsync(GraphEventWatch watch, CancellationToken cancellationToken)
    {
        await DropSubscriptionAsync(watch, cancellationToken);
        watch.CatchUpDue = true;
        await SubscribeAsync(watch, cancellationToken);
    }

    private async Task DropSubscriptionAsync(GraphEventWatch watch, CancellationToken cancellationToken)
    {
        if (watch.Subscription is not { } subscription)
        {
            return;
        }

        subscriptions.Remove(subscription.Id);
        watch.Subscription = null;
        try
        {
            await apis.For(watch.Tenant).DeleteSubscriptionAsync(subscription.Id, cancellationToken);
        }
        catch (PlatformApiException ex)
        {
            Log.DeleteFailed(logger, watch.Ref.ToString(), subscription.Id, (int)(ex.StatusCode ?? 0), ex.PlatformCode);
        }
    }

    private async Task HandleLifecycleAsync(GraphLifecycleSignal signal, CancellationToken cancellationToken)
    {
        if (!_watches.TryGetValue(signal.Subscription.Event.ToString(), out var watch) || watch.Subscription?.Id != signal.Subscription.Id)
        {
            return; // Already replaced or no longer watched.
        }

        Log.Lifecycle(logger, watch.Ref.ToString(), signal.Subscription.Id, signal.LifecycleEvent);
        switch (signal.LifecycleEvent)
        {
            case "reauthorizationRequired":
                await RenewAsync(watch, watch.Subscription, cancellationToken);
                break;
            case "subscriptionRemoved":
                subscriptions.Remove(signal.Subscription.Id);
                watch.Subscription = null;
                watch.CatchUpDue = true;
                await SubscribeAsync(watch, cancellationToken);
                break;
            default:
                watch.CatchUpDue = true; // "missed": read every registration once.
                break;
        }
    }

    private void Poll(GraphEventWatch watch, string reason)
    {
        watch.Subscription = null;
        watch.PollReason = reason;
        watch.NextPollAt = time.GetUtcNow();
        Log.Polling(logger, watch.Ref.ToString(), reason);
    }
}
