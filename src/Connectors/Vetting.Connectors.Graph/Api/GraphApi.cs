using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Api;

/// <summary>
/// The Graph calls the connector makes for one tenant, through the SDK on the tenant's named client (its handlers,
/// retries and token). Pages follow <c>@odata.nextLink</c> on the tenant's own Graph host only. Every failure surfaces
/// as <see cref="PlatformApiException"/> or <see cref="PlatformThrottledException"/> (<see cref="GraphErrors"/>).
/// </summary>
internal sealed partial class GraphApi(GraphTenant tenant, GraphServiceClient client, TimeProvider time, ILogger<GraphApi> logger)
{
    public GraphTenant Tenant => tenant;

    /// <summary>An organizer's object id: a GUID as configured, else the UPN looked up (needs User.Read.All).</summary>
    public async Task<string> ResolveOrganizerAsync(string organizer, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(organizer, out _))
        {
            return organizer;
        }

        var user = await CallAsync("GET /users/{id}", ct => client.Users[organizer].GetAsync(rc => rc.QueryParameters.Select = ["id"], ct), cancellationToken);
        return user?.Id is { Length: > 0 } id
            ? id
            : throw new PlatformApiException(System.Net.HttpStatusCode.OK, null, $"Microsoft Graph (tenant '{tenant.Name}') returned a user without an id for a configured organizer.");
    }

    /// <summary>Webinars or town halls the user organizes, every page.</summary>
    public async IAsyncEnumerable<VirtualEvent> ListOrganizedAsync(
        PlatformEventKind kind, string userId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pages = new PageGuard(tenant, "getByUserIdAndRole");
        string? next = null;
        do
        {
            var link = next;
            IEnumerable<VirtualEvent>? items;
            if (kind == PlatformEventKind.Webinar)
            {
                var builder = client.Solutions.VirtualEvents.Webinars.GetByUserIdAndRoleWithUserIdWithRole("organizer", userId);
                var page = await CallAsync("GET /webinars/getByUserIdAndRole", ct => (link is null ? builder : builder.WithUrl(link))
                    .GetAsGetByUserIdAndRoleWithUserIdWithRoleGetResponseAsync(cancellationToken: ct), cancellationToken);
                items = page?.Value;
                next = pages.Next(page?.OdataNextLink);
            }
            else
            {
                var builder = client.Solutions.VirtualEvents.Townhalls.GetByUserIdAndRoleWithUserIdWithRole("organizer", userId);
                var page = await CallAsync("GET /townhalls/getByUserIdAndRole", ct => (link is null ? builder : builder.WithUrl(link))
                    .GetAsGetByUserIdAndRoleWithUserIdWithRoleGetResponseAsync(cancellationToken: ct), cancellationToken);
                items = page?.Value;
                next = pages.Next(page?.OdataNextLink);
            }

            foreach (var item in items ?? [])
            {
                if (item is not null)
                {
                    yield return item;
                }
            }
        }
        while (next is not null);
    }

    /// <summary>The event's registration settings; null when it has none (404).</summary>
    public async Task<VirtualEventRegistrationConfiguration?> GetRegistrationConfigurationAsync(
        PlatformEventKind kind, string eventId, CancellationToken cancellationToken)
    {
        try
        {
            return kind == PlatformEventKind.Webinar
                ? await CallAsync("GET /webinars/{id}/registrationConfiguration",
                    ct => client.Solutions.VirtualEvents.Webinars[eventId].RegistrationConfiguration.GetAsync(cancellationToken: ct), cancellationToken)
                : await CallAsync("GET /townhalls/{id}/registrationConfiguration",
                    ct => client.Solutions.VirtualEvents.Townhalls[eventId].RegistrationConfiguration.GetAsync(cancellationToken: ct), cancellationToken);
        }
        catch (PlatformApiException ex) when (ex.IsNotFound)
        {
            return null;
        }
    }

    /// <summary>Every registration of the event in every status, page by page.</summary>
    public async IAsyncEnumerable<VirtualEventRegistration> ListRegistrationsAsync(
        PlatformEventKind kind, string eventId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pages = new PageGuard(tenant, "registrations");
        string? next = null;
        var route = kind == PlatformEventKind.Webinar ? "GET /webinars/{id}/registrations" : "GET /townhalls/{id}/registrations";
        var webinar = client.Solutions.VirtualEvents.Webinars[eventId].Registrations;
        var townhall = client.Solutions.VirtualEvents.Townhalls[eventId].Registrations;
        do
        {
            var link = next;
            var page = kind == PlatformEventKind.Webinar
                ? await CallAsync(route, ct => (link is null ? webinar : webinar.WithUrl(link)).GetAsync(cancellationToken: ct), cancellationToken)
                : await CallAsync(route, ct => (link is null ? townhall : townhall.WithUrl(link)).GetAsync(cancellationToken: ct), cancellationToken);
            foreach (var registration in page?.Value ?? [])
            {
                if (registration is not null)
                {
                    yield return registration;
                }
            }

            next = pages.Next(page?.OdataNextLink);
        }
        while (next is not null);
    }

    /// <summary>One registration; null when the event or the registration is gone (404).</summary>
    public async Task<VirtualEventRegistration?> GetRegistrationAsync(
        PlatformEventKind kind, string eventId, string registrationId, CancellationToken cancellationToken)
    {
        try
        {
            return kind == PlatformEventKind.Webinar
                ? await CallAsync("GET /webinars/{id}/registrations/{id}",
                    ct => client.Solutions.VirtualEvents.Webinars[eventId].Registrations[registrationId].GetAsync(cancellationToken: ct), cancellationToken)
                : await CallAsync("GET /townhalls/{id}/registrations/{id}",
                    ct => client.Solutions.VirtualEvents.Townhalls[eventId].Registrations[registrationId].GetAsync(cancellationToken: ct), cancellationToken);
        }
        catch (PlatformApiException ex) when (ex.IsNotFound)
        {
            return null;
        }
    }

    /// <summary>Cancels one registration (<c>POST …/cancel</c>, 204).</summary>
    public Task CancelRegistrationAsync(PlatformEventKind kind, string eventId, string registrationId, CancellationToken cancellationToken) =>
        kind == PlatformEventKind.Webinar
            ? CallAsync("POST /webinars/{id}/registrations/{id}/cancel",
                ct => client.Solutions.VirtualEvents.Webinars[eventId].Registrations[registrationId].Cancel.PostAsync(cancellationToken: ct), cancellationToken)
            : CallAsync("POST /townhalls/{id}/registrations/{id}/cancel",
                ct => client.Solutions.VirtualEvents.Townhalls[eventId].Registrations[registrationId].Cancel.PostAsync(cancellationToken: ct), cancellationToken);

    private async Task<T> CallAsync<T>(string route, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(cancellationToken);
        }
        catch (Exception ex) when (GraphErrors.Translate(ex, tenant.Name, route, time.GetUtcNow(), cancellationToken) is { } translated)
        {
            Log.CallFailed(logger, tenant.Name, route, translated.GetType().Name, (translated as PlatformApiException)?.PlatformCode);
            throw translated;
        }
    }

    private async Task CallAsync(string route, Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        await CallAsync<bool>(route, async ct =>
        {
            await call(ct);
            return true;
        }, cancellationToken);
}
