using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Vetting.Connectors.Graph.Api;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Platform;

/// <summary>
/// The Graph side of <see cref="IEventPlatform"/>: upcoming webinars and town halls per configured organizer, every
/// registration in every status, and cancel (graph-api.md §1). An organizer that cannot be read does not hide the
/// others' events: discovery goes on and reports the failed organizers at the end.
/// </summary>
internal sealed class GraphEventPlatform(
    GraphTenantRegistry tenants,
    GraphApiFactory apis,
    GraphActionApplier applier,
    TimeProvider time,
    ILogger<GraphEventPlatform> logger) : IEventPlatform
{
    private static readonly PlatformEventKind[] Kinds = [PlatformEventKind.Webinar, PlatformEventKind.TownHall];

    public PlatformKind Platform => PlatformKind.MicrosoftGraph;

    public IReadOnlyCollection<string> Accounts => tenants.Names;

    public async IAsyncEnumerable<PlatformEvent> DiscoverEventsAsync(string account, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var api = apis.For(account);
        var organizers = api.Tenant.Options.Organizers;
        var seen = new HashSet<(PlatformEventKind, string)>();
        var failures = new List<(int Index, PlatformApiException Error)>();
        var count = 0;
        for (var index = 0; index < organizers.Count; index++)
        {
            var userId = await ResolveOrNullAsync(api, organizers[index], index, failures, cancellationToken);
            if (userId is null)
            {
                continue;
            }

            foreach (var kind in Kinds)
            {
                await foreach (var item in ListOrNullAsync(api, kind, userId, index, failures, cancellationToken))
                {
                    if (string.IsNullOrWhiteSpace(item.Id))
                    {
                        throw new PlatformApiException(HttpStatusCode.OK, null,
                            $"Microsoft Graph (tenant '{api.Tenant.Name}') listed a {kind} without an id for organizer #{index}.");
                    }

                    if (!seen.Add((kind, item.Id)) || !GraphEventMapper.IsCandidate(item, time.GetUtcNow()))
                    {
                        continue; // Co-organized events are listed once per organizer; past, draft and cancelled ones are not vetted.
                    }

                    var configuration = await api.GetRegistrationConfigurationAsync(kind, item.Id, cancellationToken);
                    count++;
                    yield return GraphEventMapper.Map(api.Tenant.Name, kind, item, configuration);
                }
            }
        }

        Log.Discovered(logger, api.Tenant.Name, count, organizers.Count - failures.Count);
        if (failures.Count > 0)
        {
            var first = failures[0].Error;
            throw new PlatformApiException(first.StatusCode ?? HttpStatusCode.OK, first.PlatformCode,
                $"Microsoft Graph (tenant '{api.Tenant.Name}'): the events of {failures.Count} of {organizers.Count} organizers could not be read "
                + $"(organizer #{string.Join(", #", failures.Select(f => f.Index))}; first: {first.Message}). The others' {count} events were listed.", first);
        }
    }

    public async IAsyncEnumerable<PlatformRegistrant> ListRegistrantsAsync(
        PlatformEventRef eventRef, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var target = GraphEventTarget.Resolve(eventRef, apis);
        var returned = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;
        await foreach (var registration in target.Api.ListRegistrationsAsync(target.Kind, target.Id, cancellationToken))
        {
            position++;
            if (!GraphEventTarget.IsId(registration.Id))
            {
                throw new PlatformApiException(HttpStatusCode.OK, null,
                    $"Microsoft Graph listed registration #{position} of {eventRef} without a usable id; the listing stopped there.");
            }

            // A registration can move between pages while they are read: report it once.
            if (returned.Add(registration.Id!))
            {
                yield return GraphRegistrantMapper.Map(registration);
            }
        }
    }

    public Task<IReadOnlyList<PlatformActionOutcome>> ApplyAsync(
        PlatformEventRef eventRef, IReadOnlyList<PlatformAction> actions, CancellationToken cancellationToken) =>
        applier.ApplyAsync(GraphEventTarget.Resolve(eventRef, apis), actions, cancellationToken);

    private async Task<string?> ResolveOrNullAsync(
        GraphApi api, string organizer, int index, List<(int, PlatformApiException)> failures, CancellationToken cancellationToken)
    {
        try
        {
            return await api.ResolveOrganizerAsync(organizer, cancellationToken);
        }
        catch (PlatformApiException ex) when (ex.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest)
        {
            Log.OrganizerUnreadable(logger, api.Tenant.Name, index, (int)ex.StatusCode!, ex.PlatformCode);
            failures.Add((index, ex));
            return null;
        }
    }

    /// <summary>The organizer's events of one kind; a refusal (no access policy, unknown user) is recorded and ends that list only.</summary>
    private async IAsyncEnumerable<Microsoft.Graph.Models.VirtualEvent> ListOrNullAsync(
        GraphApi api, PlatformEventKind kind, string userId, int index, List<(int, PlatformApiException)> failures,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var items = api.ListOrganizedAsync(kind, userId, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await items.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (PlatformApiException ex) when (ex.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest)
            {
                Log.OrganizerUnreadable(logger, api.Tenant.Name, index, (int)ex.StatusCode!, ex.PlatformCode);
                if (!failures.Any(f => f.Item1 == index))
                {
                    failures.Add((index, ex));
                }

                yield break;
            }

            yield return items.Current;
        }
    }
}
