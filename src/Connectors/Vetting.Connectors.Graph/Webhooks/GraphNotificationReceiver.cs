using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Vetting.Connectors.Graph.Platform;
using Vetting.Connectors.Graph.Subscriptions;

namespace Vetting.Connectors.Graph.Webhooks;

/// <summary>
/// Framework-free handling of Graph's change and lifecycle notifications: the validation handshake (echo
/// <c>validationToken</c> as text/plain), then per item the subscription id and its secret clientState (constant-time),
/// the tenant and the event the resource names. Registration changes are queued for screening; lifecycle
/// notifications go to the watch loop. The web endpoint only reads the request and writes back the response.
/// </summary>
public sealed class GraphNotificationReceiver
{
    /// <summary>Largest body accepted; Graph batches notifications, each well under a kilobyte.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>Longest validation token echoed.</summary>
    public const int MaxValidationTokenLength = 4096;

    private readonly GraphSubscriptionRegistry _subscriptions;
    private readonly GraphTenantRegistry _tenants;
    private readonly GraphNotificationDispatcher _dispatcher;
    private readonly GraphWatcher _watcher;
    private readonly ILogger<GraphNotificationReceiver> _logger;

    internal GraphNotificationReceiver(
        GraphSubscriptionRegistry subscriptions,
        GraphTenantRegistry tenants,
        GraphNotificationDispatcher dispatcher,
        GraphWatcher watcher,
        ILogger<GraphNotificationReceiver> logger)
    {
        _subscriptions = subscriptions;
        _tenants = tenants;
        _dispatcher = dispatcher;
        _watcher = watcher;
        _logger = logger;
    }

    /// <summary>Answers Graph's validation request: the decoded token, as given, for a text/plain 200.</summary>
    public GraphNotificationResponse Validate(string validationToken)
    {
        if (string.IsNullOrEmpty(validationToken) || validationToken.Length > MaxValidationTokenLength)
        {
            return Refuse(400, "validationToken is empty or too long");
        }

        Log.ValidationAnswered(_logger, validationToken.Length);
        return new GraphNotificationResponse(200, validationToken, "validated");
    }

    /// <summary>Handles one notification POST. <paramref name="body"/> must be the bytes received.</summary>
    public GraphNotificationResponse Receive(ReadOnlyMemory<byte> body)
    {
        if (body.Length > MaxBodyBytes)
        {
            return Refuse(413, "body too large");
        }

        if (GraphNotificationParser.TryParse(body, out var error) is not { } items)
        {
            return Refuse(400, error);
        }

        int accepted = 0, refused = 0;
        foreach (var item in items)
        {
            var verdict = Check(item, out var subscription);
            if (verdict is not null)
            {
                refused++;
                Log.NotificationRefused(_logger, item.SubscriptionId ?? "(none)", verdict);
            }
            else if (item.IsLifecycle)
            {
                accepted++;
                _watcher.Signal(new GraphLifecycleSignal(subscription!, item.LifecycleEvent!));
            }
            else if (!_dispatcher.TryEnqueue(new GraphChange(subscription!, RegistrationIdOf(item)!, item.ChangeType!)))
            {
                return new GraphNotificationResponse(503, null, "queue full", accepted, refused);
            }
            else
            {
                accepted++;
                Log.NotificationAccepted(_logger, subscription!.Id, item.ChangeType!, RegistrationIdOf(item)!);
            }
        }

        return accepted == 0 && refused > 0
            ? new GraphNotificationResponse(403, null, "no notification could be verified", accepted, refused)
            : new GraphNotificationResponse(202, null, "accepted", accepted, refused);
    }

    /// <summary>Null when the item is genuine and usable; otherwise why not.</summary>
    private string? Check(GraphNotificationItem item, out GraphSubscription? subscription)
    {
        if (!_subscriptions.TryGet(item.SubscriptionId, out subscription))
        {
            return "unknown subscription";
        }

        if (!SameSecret(subscription.ClientState, item.ClientState))
        {
            return "clientState does not match";
        }

        if (_tenants.TryGet(subscription.Tenant, out var tenant) && Guid.TryParse(tenant.Options.TenantId, out var expected)
            && item.TenantId is { } given && (!Guid.TryParse(given, out var actual) || actual != expected))
        {
            return "tenantId is not the subscription's tenant";
        }

        if (item.IsLifecycle)
        {
            return item.LifecycleEvent is "reauthorizationRequired" or "subscriptionRemoved" or "missed" ? null : "unknown lifecycleEvent";
        }

        if (item.ChangeType is not ("created" or "updated"))
        {
            return "changeType is neither created nor updated";
        }

        var prefix = Api.GraphApi.RegistrationsResource(subscription.Event.Kind, subscription.Event.ExternalId) + "/";
        var resource = item.Resource?.TrimStart('/');
        if (resource is null || !resource.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return "resource is not a registration of the subscription's event";
        }

        return GraphEventTarget.IsId(RegistrationIdOf(item)) ? null : "no usable registration id";
    }

    /// <summary>The registration id: <c>resourceData.id</c>, else the resource path's last segment.</summary>
    private static string? RegistrationIdOf(GraphNotificationItem item) =>
        item.ResourceDataId ?? item.Resource?.TrimEnd('/').Split('/')[^1];

    private static bool SameSecret(string expected, string? received)
    {
        if (received is null)
        {
            return false;
        }

        var a = Encoding.UTF8.GetBytes(expected);
        var b = Encoding.UTF8.GetBytes(received);
        return CryptographicOperations.FixedTimeEquals(a, b);
    }

    private GraphNotificationResponse Refuse(int status, string reason)
    {
        Log.NotificationBodyRefused(_logger, status, reason);
        return new GraphNotificationResponse(status, null, reason);
    }
}
