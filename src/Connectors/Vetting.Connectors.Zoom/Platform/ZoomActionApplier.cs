using Microsoft.Extensions.Logging;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Zoom.Platform;

/// <summary>
/// Applies approve/deny/cancel to one event (zoom-api.md §2.4): reads every registrant's current state, skips actions
/// already in effect, sends the rest in batches of 30, then re-lists to confirm, because Zoom can answer 204 and
/// change nothing (§8.3). Unconfirmed ones are sent once more, then reported as not enforceable.
/// </summary>
internal sealed partial class ZoomActionApplier(ILogger<ZoomActionApplier> logger)
{
    private static readonly PlatformActionKind[] SendOrder = [PlatformActionKind.Deny, PlatformActionKind.Cancel, PlatformActionKind.Approve];

    public async Task<IReadOnlyList<PlatformActionOutcome>> ApplyAsync(
        ZoomEventTarget target, IReadOnlyList<PlatformAction> actions, CancellationToken cancellationToken)
    {
        var byRegistrant = Check(actions);
        if (actions.Count == 0)
        {
            return [];
        }

        var outcomes = new Dictionary<string, (PlatformActionResult Result, string? Reason)>(StringComparer.Ordinal);
        var before = await ReadStatesAsync(target, [RegistrantStatus.Pending, RegistrantStatus.Approved, RegistrantStatus.Denied], cancellationToken);
        var toSend = new Dictionary<string, Pending>(StringComparer.Ordinal);
        foreach (var (registrantId, kind) in byRegistrant)
        {
            if (!before.TryGetValue(registrantId, out var state))
            {
                outcomes[registrantId] = (PlatformActionResult.NotEnforceable, $"registrant {registrantId} is not registered for {target.Ref} on Zoom");
            }
            else if (Reached(kind, state.Status))
            {
                outcomes[registrantId] = (PlatformActionResult.AlreadyApplied, null);
            }
            else
            {
                toSend[registrantId] = new Pending(registrantId, state.Email, kind);
            }
        }

        var requests = await SendAndVerifyAsync(target, toSend, outcomes, cancellationToken);
        var result = actions.Select(a => new PlatformActionOutcome(a, outcomes[a.RegistrantId].Result, outcomes[a.RegistrantId].Reason)).ToList();
        Log.ActionsApplied(logger, target.Ref.ToString(),
            outcomes.Values.Count(o => o.Result == PlatformActionResult.Applied),
            outcomes.Values.Count(o => o.Result == PlatformActionResult.AlreadyApplied),
            outcomes.Values.Count(o => o.Result == PlatformActionResult.NotEnforceable),
            requests);
        return result;
    }

    private async Task<int> SendAndVerifyAsync(
        ZoomEventTarget target,
        Dictionary<string, Pending> toSend,
        Dictionary<string, (PlatformActionResult Result, string? Reason)> outcomes,
        CancellationToken cancellationToken)
    {
        var requests = 0;
        var unconfirmed = toSend.Values.ToList();
        for (var round = 1; unconfirmed.Count > 0; round++)
        {
            foreach (var kind in SendOrder)
            {
                var batch = unconfirmed.Where(p => p.Kind == kind).ToList();
                requests += await SendAsync(target, kind, batch, outcomes, cancellationToken);
            }

            var sent = unconfirmed.Where(p => !outcomes.ContainsKey(p.RegistrantId)).ToList();
            if (sent.Count == 0)
            {
                break;
            }

            var targets = sent.Select(p => TargetStatus(p.Kind)).Distinct().ToArray();
            var after = await ReadStatesAsync(target, targets, cancellationToken);
            unconfirmed = [];
            foreach (var pending in sent)
            {
                if (after.TryGetValue(pending.RegistrantId, out var state) && Reached(pending.Kind, state.Status))
                {
                    outcomes[pending.RegistrantId] = (PlatformActionResult.Applied, null);
                }
                else if (round == 1)
                {
                    unconfirmed.Add(pending);
                }
                else
                {
                    outcomes[pending.RegistrantId] = (PlatformActionResult.NotEnforceable,
                        $"Zoom accepted the {ZoomActionName(pending.Kind)} of registrant {pending.RegistrantId} twice, but re-reading does not show it {TargetStatus(pending.Kind).ToString().ToLowerInvariant()}");
                }
            }

            foreach (var group in unconfirmed.GroupBy(p => p.Kind))
            {
                Log.ActionsNotVerified(logger, target.Ref.ToString(), ZoomActionName(group.Key), group.Count());
            }
        }

        return requests;
    }

    /// <summary>One registrant per id, checked: conflicting kinds for one registrant in one call are a caller error.</summary>
    private static Dictionary<string, PlatformActionKind> Check(IReadOnlyList<PlatformAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var byRegistrant = new Dictionary<string, PlatformActionKind>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            if (action is null || string.IsNullOrWhiteSpace(action.RegistrantId) || string.IsNullOrWhiteSpace(action.IdempotencyKey))
            {
                throw new ArgumentException("Every action needs a registrant id and an idempotency key.", nameof(actions));
            }

            if (!Enum.IsDefined(action.Kind))
            {
                throw new ArgumentException($"Unknown action kind {(int)action.Kind}.", nameof(actions));
            }

            if (byRegistrant.TryGetValue(action.RegistrantId, out var earlier) && earlier != action.Kind)
            {
                throw new ArgumentException(
                    $"Registrant {action.RegistrantId} has both {earlier} and {action.Kind} in one call; decide first, then apply.", nameof(actions));
            }

            byRegistrant[action.RegistrantId] = action.Kind;
        }

        return byRegistrant;
    }

    private static RegistrantStatus TargetStatus(PlatformActionKind kind) =>
        kind == PlatformActionKind.Approve ? RegistrantStatus.Approved : RegistrantStatus.Denied;

    /// <summary>Zoom lists cancelled registrations as denied (zoom-api.md §2.4), so both deny and cancel end there.</summary>
    private static bool Reached(PlatformActionKind kind, RegistrantStatus status) =>
        kind == PlatformActionKind.Approve ? status == RegistrantStatus.Approved : status is RegistrantStatus.Denied or RegistrantStatus.Cancelled;

    private static string ZoomActionName(PlatformActionKind kind) => Api.ZoomEventType.ActionValue(kind);

    private sealed record Pending(string RegistrantId, string Email, PlatformActionKind Kind);
}
