using System.Runtime.CompilerServices;
using Microsoft.Graph.Models;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Api;

/// <summary>Change-notification subscriptions (graph-api.md §9): create, renew, delete and list this app's own.</summary>
internal sealed partial class GraphApi
{
    /// <summary>The resource a subscription to an event's registrations watches.</summary>
    public static string RegistrationsResource(PlatformEventKind kind, string eventId) =>
        $"solutions/virtualEvents/{(kind == PlatformEventKind.Webinar ? "webinars" : "townhalls")}/{eventId}/registrations";

    /// <summary>
    /// Creates a subscription for created and updated registrations. Graph validates <paramref name="notificationUrl"/>
    /// (POST with <c>validationToken</c>) before it answers; lifecycle notifications go to the same URL.
    /// </summary>
    public async Task<Subscription> CreateSubscriptionAsync(
        string resource, Uri notificationUrl, string clientState, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var body = new Subscription
        {
            ChangeType = "created,updated",
            Resource = resource,
            NotificationUrl = notificationUrl.ToString(),
            LifecycleNotificationUrl = notificationUrl.ToString(),
            ClientState = clientState,
            ExpirationDateTime = expiresAt,
        };
        var created = await CallAsync("POST /subscriptions", ct => client.Subscriptions.PostAsync(body, cancellationToken: ct), cancellationToken);
        return created?.Id is { Length: > 0 }
            ? created
            : throw new PlatformApiException(System.Net.HttpStatusCode.OK, null, $"Microsoft Graph (tenant '{tenant.Name}') created a subscription without an id.");
    }

    /// <summary>Moves a subscription's expiry (renewal, and the answer to <c>reauthorizationRequired</c>).</summary>
    public async Task<DateTimeOffset> RenewSubscriptionAsync(string subscriptionId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var renewed = await CallAsync("PATCH /subscriptions/{id}",
            ct => client.Subscriptions[subscriptionId].PatchAsync(new Subscription { ExpirationDateTime = expiresAt }, cancellationToken: ct), cancellationToken);
        return renewed?.ExpirationDateTime ?? expiresAt;
    }

    /// <summary>Deletes a subscription; one that is already gone counts as deleted.</summary>
    public async Task DeleteSubscriptionAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        try
        {
            await CallAsync("DELETE /subscriptions/{id}", ct => client.Subscriptions[subscriptionId].DeleteAsync(cancellationToken: ct), cancellationToken);
        }
        catch (PlatformApiException ex) when (ex.IsNotFound)
        {
            // Already gone.
        }
    }

    /// <summary>This app's subscriptions in the tenant, every page.</summary>
    public async IAsyncEnumerable<Subscription> ListSubscriptionsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pages = new PageGuard(tenant, "subscriptions");
        string? next = null;
        do
        {
            var link = next;
            var page = await CallAsync("GET /subscriptions",
                ct => (link is null ? client.Subscriptions : client.Subscriptions.WithUrl(link)).GetAsync(cancellationToken: ct), cancellationToken);
            foreach (var subscription in page?.Value ?? [])
            {
                if (subscription is not null)
                {
                    yield return subscription;
                }
            }

            next = pages.Next(page?.OdataNextLink);
        }
        while (next is not null);
    }
}
