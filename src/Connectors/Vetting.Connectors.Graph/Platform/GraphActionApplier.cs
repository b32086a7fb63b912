using System.Net;
using Microsoft.Extensions.Logging;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Platform;

/// <summary>
/// Applies screening's actions to one event's registrations (graph-api.md §1, §8). Graph can only cancel: deny and
/// cancel both become <c>POST …/cancel</c>, and approve is not offered (the organizer approves in Teams). Current states
/// are read first, so actions already in effect send nothing; sent cancels are re-read to confirm. A refusal of a
/// registration (403, typically app-only cancel of an Entra ID registrant; 400; 404) is an outcome, not an error:
/// "could not enforce on the platform: cancel manually", with a link to the event for the reviewer.
/// </summary>
internal sealed partial class GraphActionApplier(ILogger<GraphActionApplier> logger)
{
    /// <summary>Above this many sent cancels, confirmation re-lists the event instead of reading each registration.</summary>
    private const int ReadEachLimit = 20;

    public async Task<IReadOnlyList<PlatformActionOutcome>> ApplyAsync(
        GraphEventTarget target, IReadOnlyList<PlatformAction> actions, CancellationToken cancellationToken)
    {
        var byRegistrant = Check(actions);
        if (actions.Count == 0)
        {
            return [];
        }

        var states = new Dictionary<string, RegistrantStatus>(StringComparer.Ordinal);
        await foreach (var registration in target.Api.ListRegistrationsAsync(target.Kind, target.Id, cancellationToken))
        {
            if (registration.Id is { } id)
            {
                states[id] = GraphRegistrantMapper.MapStatus(registration.Status);
            }
        }

        var link = new ManualLink(target);
        var outcomes = new Dictionary<string, Outcome>(StringComparer.Ordinal);
        var sent = new List<string>();
        foreach (var (registrantId, kind) in byRegistrant)
        {
            if (!states.TryGetValue(registrantId, out var status))
            {
                outcomes[registrantId] = new Outcome(PlatformActionResult.NotEnforceable, $"registration {registrantId} is not registered for {target.Ref} on Microsoft Graph");
            }
            else if (Reached(kind, status))
            {
                outcomes[registrantId] = new Outcome(PlatformActionResult.AlreadyApplied);
            }
            else if (kind == PlatformActionKind.Approve)
            {
                outcomes[registrantId] = new Outcome(PlatformActionResult.NotEnforceable,
                    $"could not enforce on the platform: approve manually. Microsoft Graph has no API to approve registration {registrantId} "
                    + "(it is " + status.ToString().ToLowerInvariant() + "); the organizer approves it in Teams (Registration > Attendee status).",
                    await link.GetAsync(cancellationToken));
            }
            else if (await TryCancelAsync(target, registrantId, cancellationToken) is { } refusal)
            {
                Log.CancelRefused(logger, target.Ref.ToString(), registrantId, (int)(refusal.StatusCode ?? 0), refusal.PlatformCode);
                outcomes[registrantId] = new Outcome(PlatformActionResult.NotEnforceable,
                    $"could not enforce on the platform: cancel manually. Microsoft Graph refused to cancel registration {registrantId} "
                    + $"with HTTP {(int)(refusal.StatusCode ?? 0)}, code {refusal.PlatformCode ?? "none"}"
                    + (refusal.StatusCode == HttpStatusCode.Forbidden ? " (app-only cancel of a registrant signed in with an Entra ID may be refused)." : "."),
                    await link.GetAsync(cancellationToken));
            }
            else
            {
                sent.Add(registrantId);
            }
        }

        await ConfirmAsync(target, sent, outcomes, link, cancellationToken);
        Log.ActionsApplied(logger, target.Ref.ToString(),
            outcomes.Values.Count(o => o.Result == PlatformActionResult.Applied),
            outcomes.Values.Count(o => o.Result == PlatformActionResult.AlreadyApplied),
            outcomes.Values.Count(o => o.Result == PlatformActionResult.NotEnforceable),
            sent.Count);
        return [.. actions.Select(a => Outcome.For(a, outcomes[a.RegistrantId]))];
    }

    /// <summary>Re-reads the sent cancels: applied when the registration now shows cancelled, else not enforceable.</summary>
    private static async Task ConfirmAsync(
        GraphEventTarget target, List<string> sent, Dictionary<string, Outcome> outcomes, ManualLink link, CancellationToken cancellationToken)
    {
        if (sent.Count == 0)
        {
            return;
        }

        var after = new Dictionary<string, RegistrantStatus>(StringComparer.Ordinal);
        if (sent.Count <= ReadEachLimit)
        {
            foreach (var id in sent)
            {
                var registration = await target.Api.GetRegistrationAsync(target.Kind, target.Id, id, cancellationToken);
                after[id] = registration is null ? RegistrantStatus.Unknown : GraphRegistrantMapper.MapStatus(registration.Status);
            }
        }
        else
        {
            await foreach (var registration in target.Api.ListRegistrationsAsync(target.Kind, target.Id, cancellationToken))
            {
                if (registration.Id is { } id)
                {
                    after[id] = GraphRegistrantMapper.MapStatus(registration.Status);
                }
            }
        }

        foreach (var id in sent)
        {
            var status = after.GetValueOrDefault(id, RegistrantStatus.Unknown);
            outcomes[id] = Reached(PlatformActionKind.Cancel, status)
                ? new Outcome(PlatformActionResult.Applied)
                : new Outcome(PlatformActionResult.NotEnforceable,
                    $"could not enforce on the platform: cancel manually. Microsoft Graph accepted the cancel of registration {id}, "
                    + $"but re-reading shows it {status.ToString().ToLowerInvariant()}.",
                    await link.GetAsync(cancellationToken));
        }
    }

    private static bool Reached(PlatformActionKind kind, RegistrantStatus status) =>
        kind == PlatformActionKind.Approve ? status == RegistrantStatus.Approved : status is RegistrantStatus.Cancelled or RegistrantStatus.Denied;

    private sealed record Outcome(PlatformActionResult Result, string? Reason = null, Uri? Link = null)
    {
        public static PlatformActionOutcome For(PlatformAction action, Outcome outcome) =>
            new(action, outcome.Result, outcome.Reason) { ManualActionUrl = outcome.Link };
    }
}
