using System.Globalization;
using Microsoft.Extensions.Logging;
using Vetting.Core.Vetting;
using Vetting.Core.Watchlists;
using Vetting.Matching;

namespace Vetting.Core.Workflow;

/// <summary>
/// Screens one stored registrant against a <see cref="ScreeningIndex"/> under the event's policy, sets aside matches a
/// reviewer's clearance still covers, stores the screening (tied to list versions and policy) and records the automatic
/// decision with the platform action it calls for. Curated (review-only) hits never block. A confirmed match is never
/// replaced automatically; a decision of the same kind as the current one is not recorded again.
/// </summary>
public sealed class RegistrantScreeningService(
    ScreeningIndexProvider indexes,
    IScreeningStore screenings,
    IClearanceStore clearances,
    IDecisionStore decisions,
    ILogger<RegistrantScreeningService> logger)
{
    /// <summary>Screens against the lists active now.</summary>
    public async Task<ScreeningOutcome> ScreenAsync(VettedEvent vettedEvent, VettedRegistrant registrant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vettedEvent);
        ArgumentNullException.ThrowIfNull(registrant);
        if (!CanScreen(vettedEvent, registrant))
        {
            return new ScreeningOutcome(registrant.Id, null, null, false);
        }

        return await ScreenAsync(vettedEvent, registrant, await indexes.GetCurrentAsync(cancellationToken), cancellationToken);
    }

    /// <summary>Screens against the given index (callers screening many registrants fetch it once).</summary>
    public async Task<ScreeningOutcome> ScreenAsync(
        VettedEvent vettedEvent, VettedRegistrant registrant, ScreeningIndex index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vettedEvent);
        ArgumentNullException.ThrowIfNull(registrant);
        ArgumentNullException.ThrowIfNull(index);
        if (!CanScreen(vettedEvent, registrant))
        {
            return new ScreeningOutcome(registrant.Id, null, null, false);
        }

        var policy = vettedEvent.Policy;
        var screening = await ScreenAndStoreAsync(registrant, policy, vettedEvent.PolicyRevision, index, cancellationToken);
        return await DecideAsync(vettedEvent, registrant, screening, cancellationToken);
    }

    private static bool CanScreen(VettedEvent vettedEvent, VettedRegistrant registrant) =>
        vettedEvent.Policy.ScreeningEnabled && registrant.PurgedAt is null && registrant.ContentFingerprint is not null;

    private async Task<ScreeningRecord> ScreenAndStoreAsync(
        VettedRegistrant registrant, EventPolicy policy, int policyRevision, ScreeningIndex index, CancellationToken cancellationToken)
    {
        ScreeningResult result;
        try
        {
            result = index.Index.Screen(registrant.ToQuery(), policy.ToMatchPolicy());
        }
        catch (ArgumentException)
        {
            // A field beyond what the matcher screens: never approve what could not be screened; a reviewer looks at it.
            Log.Unscreenable(logger, registrant.Id);
            var held = new NewScreening(registrant.Id, registrant.ContentFingerprint!, index.Lists, policy, policyRevision, Decision.Review, 0, []);
            return (await screenings.SaveScreeningAsync(held, cancellationToken)).Value; // CanScreen checked the fingerprint
        }

        var refs = result.Matches.Select(m => new EntityRef(m.EntityId, index.FingerprintOf(m.EntityId))).Distinct().ToList();
        var applicable = refs.Count == 0 || registrant.IdentityFingerprint is not { } identity
            ? []
            : await clearances.FindApplicableAsync(identity, refs, cancellationToken);
        var matches = result.Matches.Select(m =>
        {
            var fingerprint = index.FingerprintOf(m.EntityId);
            var clearance = applicable.FirstOrDefault(c => c.AppliesTo(new EntityRef(m.EntityId, fingerprint)));
            return ScreeningMatch.From(m, fingerprint, clearance?.Id);
        }).ToList();
        var open = matches.Where(m => m.ClearanceId is null).ToList();
        var strongest = open.Count == 0 ? Decision.Clear : open.Max(Effective);
        var score = open.Count == 0 ? 0 : open.Max(m => m.Score);
        var screening = new NewScreening(
            registrant.Id, registrant.ContentFingerprint!, index.Lists, policy, policyRevision, strongest, score, matches); // CanScreen checked it
        return (await screenings.SaveScreeningAsync(screening, cancellationToken)).Value;
    }

    /// <summary>What a match alone warrants here: curated entries raise a case for a human, never a block.</summary>
    private static Decision Effective(ScreeningMatch match) =>
        string.Equals(match.Source, WatchlistSources.Curated, StringComparison.Ordinal) && match.Decision == Decision.Block
            ? Decision.Review
            : match.Decision;

    private async Task<ScreeningOutcome> DecideAsync(
        VettedEvent vettedEvent, VettedRegistrant registrant, ScreeningRecord screening, CancellationToken cancellationToken)
    {
        var kind = ActionPlanning.Automatic(screening.Decision, vettedEvent.Policy);
        var current = registrant.CurrentDecisionId is { } currentId
            ? await decisions.GetDecisionAsync(currentId, cancellationToken)
            : null;
        if (current is not null && Stands(current, kind, screening))
        {
            return new ScreeningOutcome(registrant.Id, screening, current, false);
        }

        var action = ActionPlanning.For(kind, vettedEvent.Policy, registrant);
        var recorded = await decisions.RecordDecisionAsync(NewDecision.Automatic(screening, kind, Reason(screening)), action, cancellationToken);
        if (recorded.Created)
        {
            Log.Decided(logger, registrant.Id, vettedEvent.Id, kind, screening.Score, action?.ToString() ?? "none");
        }

        return new ScreeningOutcome(registrant.Id, screening, recorded.Decision, recorded.Created);
    }

    /// <summary>
    /// True when the current decision stays: a confirmation (only a four-eyes release replaces it), a release unless a
    /// different entity now matches, or an automatic or dismissal decision of the same kind.
    /// </summary>
    private static bool Stands(VettingDecision current, DecisionKind kind, ScreeningRecord screening) => current.Kind switch
    {
        DecisionKind.Confirmed => true,
        DecisionKind.Released => !screening.Matches.Any(m => m.ClearanceId is null && !string.Equals(m.EntityId, current.EntityId, StringComparison.Ordinal)),
        _ => current.Kind == kind,
    };

    private static string Reason(ScreeningRecord screening)
    {
        var open = screening.Matches.Where(m => m.ClearanceId is null).ToList();
        if (open.Count == 0)
        {
            var cleared = screening.Matches.Count;
            return cleared == 0 ? "screening: no match" : string.Create(CultureInfo.InvariantCulture, $"screening: {cleared} match(es) set aside by clearances");
        }

        var best = open[0];
        return string.Create(CultureInfo.InvariantCulture, $"screening: {screening.Decision} match {best.EntityId} ({best.Reason}, score {best.Score:0.000}); {open.Count} open match(es)");
    }
}
