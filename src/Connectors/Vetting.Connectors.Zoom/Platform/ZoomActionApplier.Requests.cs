using System.Net;
using Vetting.Connectors.Zoom.Api;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Zoom.Platform;

/// <summary>The requests of <see cref="ZoomActionApplier"/>: state snapshots and batched status updates.</summary>
internal sealed partial class ZoomActionApplier
{
    /// <summary>Registrant id → (status, e-mail as listed) over the given statuses.</summary>
    private static async Task<Dictionary<string, (RegistrantStatus Status, string Email)>> ReadStatesAsync(
        ZoomEventTarget target, IReadOnlyList<RegistrantStatus> statuses, CancellationToken cancellationToken)
    {
        var states = new Dictionary<string, (RegistrantStatus, string)>(StringComparer.Ordinal);
        foreach (var status in statuses)
        {
            await foreach (var registrant in target.Client.ListRegistrantsAsync(target.Kind, target.Id, status, target.OccurrenceId, cancellationToken))
            {
                states.TryAdd(registrant.Id!, (status, registrant.Email ?? ""));
            }
        }

        return states;
    }

    /// <summary>
    /// Sends <paramref name="batch"/> in chunks of 30. A chunk refused for one bad item (404, or 400 code 300) is
    /// resent one by one, so the refusal lands on the registrant it concerns as "not enforceable".
    /// </summary>
    private static async Task<int> SendAsync(
        ZoomEventTarget target,
        PlatformActionKind kind,
        IReadOnlyList<Pending> batch,
        Dictionary<string, (PlatformActionResult Result, string? Reason)> outcomes,
        CancellationToken cancellationToken)
    {
        var requests = 0;
        foreach (var chunk in batch.Chunk(ZoomApiClient.MaxStatusBatch))
        {
            requests++;
            if (await TrySendAsync(target, kind, chunk, cancellationToken) is null || chunk.Length == 1)
            {
                continue;
            }

            foreach (var single in chunk)
            {
                requests++;
                if (await TrySendAsync(target, kind, [single], cancellationToken) is { } refusal)
                {
                    outcomes[single.RegistrantId] = (PlatformActionResult.NotEnforceable,
                        $"Zoom refused the {ZoomActionName(kind)} of registrant {single.RegistrantId}: HTTP {(int)refusal.StatusCode!}, code {refusal.PlatformCode ?? "none"}");
                }
            }
        }

        return requests;
    }

    /// <summary>Null when accepted; the refusal when it concerns the items sent (404, or 400 code 300). Anything else propagates.</summary>
    private static async Task<PlatformApiException?> TrySendAsync(
        ZoomEventTarget target, PlatformActionKind kind, IReadOnlyList<Pending> items, CancellationToken cancellationToken)
    {
        try
        {
            var refs = items.Select(p => new ZoomRegistrantRef(p.RegistrantId, p.Email)).ToList();
            await target.Client.UpdateStatusAsync(target.Kind, target.Id, target.OccurrenceId, kind, refs, cancellationToken);
            return null;
        }
        catch (PlatformApiException ex) when (ex.StatusCode == HttpStatusCode.NotFound
            || (ex.StatusCode == HttpStatusCode.BadRequest && ex.PlatformCode == "300"))
        {
            return ex;
        }
    }
}
