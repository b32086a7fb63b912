using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Vetting.Testing.FakeGraph;

/// <summary>
/// Subscriptions to registrations (graph-api.md §9): creation validates the notification URL with a
/// <c>validationToken</c> POST that must be echoed as text/plain; one subscription per event and app; at most a day;
/// town halls refused unless the scenario allows them. Tests make the fake send change and lifecycle notifications.
/// </summary>
public sealed partial class FakeGraphServer
{
    private readonly Dictionary<string, FakeGraphSubscription> _subscriptions = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<FakeGraphSubscription> Subscriptions
    {
        get
        {
            lock (_gate)
            {
                return [.. _subscriptions.Values];
            }
        }
    }

    /// <summary>Sends a change notification for a registration of the event's subscription; <paramref name="clientState"/> overrides (forges) it.</summary>
    public async Task<HttpStatusCode> NotifyAsync(string eventId, string registrationId, string changeType = "created", string? clientState = null,
        CancellationToken cancellationToken = default)
    {
        var subscription = Subscriptions.Single(s => s.Resource.Contains("/" + eventId + "/", StringComparison.OrdinalIgnoreCase));
        var item = new JsonObject
        {
            ["subscriptionId"] = subscription.Id,
            ["subscriptionExpirationDateTime"] = subscription.ExpiresAt.ToString("o", CultureInfo.InvariantCulture),
            ["changeType"] = changeType,
            ["resource"] = subscription.Resource + "/" + registrationId,
            ["resourceData"] = new JsonObject
            {
                ["@odata.type"] = "#Microsoft.Graph.virtualEventRegistration",
                ["@odata.id"] = subscription.Resource + "/" + registrationId,
                ["id"] = registrationId,
            },
            ["clientState"] = clientState ?? subscription.ClientState,
            ["tenantId"] = subscription.TenantId,
        };
        return await PostAsync(subscription.NotificationUrl, new JsonObject { ["value"] = new JsonArray(item) }, cancellationToken);
    }

    /// <summary>Sends a lifecycle notification; <c>subscriptionRemoved</c> also drops the subscription, as Graph does.</summary>
    public async Task<HttpStatusCode> SendLifecycleAsync(string subscriptionId, string lifecycleEvent, CancellationToken cancellationToken = default)
    {
        FakeGraphSubscription subscription;
        lock (_gate)
        {
            subscription = _subscriptions[subscriptionId];
            if (lifecycleEvent == "subscriptionRemoved")
            {
                _subscriptions.Remove(subscriptionId);
            }
        }

        var item = new JsonObject
        {
            ["subscriptionId"] = subscription.Id,
            ["subscriptionExpirationDateTime"] = subscription.ExpiresAt.ToString("o", CultureInfo.InvariantCulture),
            ["tenantId"] = subscription.TenantId,
            ["clientState"] = subscription.ClientState,
            ["lifecycleEvent"] = lifecycleEvent,
        };
        return await PostAsync(subscription.LifecycleNotificationUrl ?? subscription.NotificationUrl, new JsonObject { ["value"] = new JsonArray(item) }, cancellationToken);
    }

    private async Task CreateSubscriptionAsync(HttpContext context, FakeGraphTenant tenant)
    {
        var body = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted)) as JsonObject;
        var resource = body?["resource"]?.GetValue<string>()?.Trim('/') ?? "";
        var url = body?["notificationUrl"]?.GetValue<string>();
        var lifecycleUrl = body?["lifecycleNotificationUrl"]?.GetValue<string>();
        var match = ResourcePattern().Match(resource);
        if (!match.Success || url is null || Find(tenant, match.Groups["col"].Value, match.Groups["id"].Value) is null)
        {
            await WriteErrorAsync(context, 400, "InvalidRequest", "Resource or notification URL not valid.");
            return;
        }

        if (match.Groups["col"].Value == "townhalls" && !Scenario.TownhallSubscriptions)
        {
            await WriteErrorAsync(context, 400, "InvalidRequest", "Change notifications are not supported for this resource.");
            return;
        }

        if (ExpiryError(body?["expirationDateTime"]) is { } expiryError)
        {
            await WriteErrorAsync(context, 400, "InvalidRequest", expiryError);
            return;
        }

        lock (_gate)
        {
            if (_subscriptions.Values.Any(s => s.TenantId == tenant.TenantId && string.Equals(s.Resource, resource, StringComparison.OrdinalIgnoreCase)))
            {
                _ = WriteErrorAsync(context, 409, "Conflict", "A subscription for this resource already exists for the application.");
                return;
            }
        }

        foreach (var target in new[] { url, lifecycleUrl }.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (!await ValidateEndpointAsync(target, context.RequestAborted))
            {
                await WriteErrorAsync(context, 400, "ValidationError",
                    "Subscription validation request failed. Response must exactly match validationToken query parameter.");
                return;
            }
        }

        var subscription = new FakeGraphSubscription(Guid.NewGuid().ToString(), tenant.TenantId, resource, body!["changeType"]?.GetValue<string>() ?? "",
            url, lifecycleUrl, body["clientState"]?.GetValue<string>(), body["expirationDateTime"]!.GetValue<DateTimeOffset>());
        lock (_gate)
        {
            _subscriptions[subscription.Id] = subscription;
        }

        await WriteJsonAsync(context, SubscriptionJson(subscription), 201);
    }

    private async Task RenewSubscriptionAsync(HttpContext context, FakeGraphTenant tenant, string id)
    {
        var body = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted)) as JsonObject;
        if (ExpiryError(body?["expirationDateTime"]) is { } error)
        {
            await WriteErrorAsync(context, 400, "InvalidRequest", error);
            return;
        }

        FakeGraphSubscription? renewed = null;
        lock (_gate)
        {
            if (_subscriptions.TryGetValue(id, out var current) && current.TenantId == tenant.TenantId)
            {
                renewed = current with { ExpiresAt = body!["expirationDateTime"]!.GetValue<DateTimeOffset>() };
                _subscriptions[id] = renewed;
            }
        }

        await (renewed is null
            ? WriteErrorAsync(context, 404, "ResourceNotFound", "The object was not found.")
            : WriteJsonAsync(context, SubscriptionJson(renewed)));
    }

    private Task DeleteSubscriptionAsync(HttpContext context, FakeGraphTenant tenant, string id)
    {
        lock (_gate)
        {
            if (!_subscriptions.TryGetValue(id, out var current) || current.TenantId != tenant.TenantId)
            {
                return WriteErrorAsync(context, 404, "ResourceNotFound", "The object was not found.");
            }

            _subscriptions.Remove(id);
        }

        context.Response.StatusCode = 204;
        return Task.CompletedTask;
    }

    private Task ListSubscriptionsAsync(HttpContext context, FakeGraphTenant tenant)
    {
        List<JsonObject> items;
        lock (_gate)
        {
            // Graph does not return clientState when listing.
            items = [.. _subscriptions.Values.Where(s => s.TenantId == tenant.TenantId).Select(s => SubscriptionJson(s with { ClientState = null }))];
        }

        return WritePageAsync(context, items, GraphBaseUrl + "/subscriptions");
    }

    private string? ExpiryError(JsonNode? value)
    {
        if (value is not JsonValue v || !v.TryGetValue<DateTimeOffset>(out var expires))
        {
            return "expirationDateTime is required.";
        }

        var now = Clock.GetUtcNow();
        return expires <= now ? "Subscription expiration must be in the future."
            : expires > now + Scenario.MaxSubscriptionLifetime + TimeSpan.FromMinutes(1) ? "Subscription expiration can only be 1440 minutes in the future."
            : null;
    }

    /// <summary>The validation handshake: POST with validationToken; the endpoint must echo it as text/plain 200.</summary>
    private async Task<bool> ValidateEndpointAsync(string url, CancellationToken cancellationToken)
    {
        var token = "Validation: Testing client application reachability for subscription Request-Id: " + Guid.NewGuid();
        var target = url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "validationToken=" + Uri.EscapeDataString(token);
        try
        {
            using var content = new StringContent("", Encoding.UTF8, "text/plain");
            using var response = await _outbound.PostAsync(new Uri(target), content, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK
                && response.Content.Headers.ContentType?.MediaType == "text/plain"
                && await response.Content.ReadAsStringAsync(cancellationToken) == token;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private async Task<HttpStatusCode> PostAsync(string url, JsonNode body, CancellationToken cancellationToken)
    {
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await _outbound.PostAsync(new Uri(url), content, cancellationToken);
        return response.StatusCode;
    }

    private static JsonObject SubscriptionJson(FakeGraphSubscription s) => new()
    {
        ["id"] = s.Id,
        ["resource"] = s.Resource,
        ["changeType"] = s.ChangeType,
        ["notificationUrl"] = s.NotificationUrl,
        ["lifecycleNotificationUrl"] = s.LifecycleNotificationUrl,
        ["clientState"] = s.ClientState,
        ["expirationDateTime"] = s.ExpiresAt.ToString("o", CultureInfo.InvariantCulture),
        ["applicationId"] = Guid.Empty.ToString(),
    };

    [GeneratedRegex("^solutions/virtualEvents/(?<col>webinars|townhalls)/(?<id>[^/]+)/registrations$", RegexOptions.CultureInvariant)]
    private static partial Regex ResourcePattern();
}
