using Vetting.Core.Vetting;
using Vetting.Service.Api.Contracts;

namespace Vetting.Service.Api.Review;

/// <summary>Registrants as the API shows them: the list of an event, and one registrant with everything a reviewer needs.</summary>
internal sealed class RegistrantViews(
    IRegistrantStore registrants,
    IDecisionStore decisions,
    IScreeningStore screenings,
    IClearanceStore clearances,
    IReleaseStore releases,
    IVettingQueries queries,
    ReviewQueue queue)
{
    public async Task<IReadOnlyList<RegistrantItem>> ListAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var current = (await queries.ListCurrentDecisionsAsync(eventId, cancellationToken)).ToDictionary(d => d.Id);
        return (await registrants.ListRegistrantsAsync(eventId, cancellationToken))
            .Select(r => ToItem(r, r.CurrentDecisionId is { } id ? current.GetValueOrDefault(id) : null))
            .ToList();
    }

    public async Task<RegistrantDetail?> GetAsync(Guid registrantId, CancellationToken cancellationToken) =>
        await registrants.GetRegistrantAsync(registrantId, cancellationToken) is { } registrant
            ? await DescribeAsync(registrant, cancellationToken)
            : null;

    /// <summary>Everything a reviewer needs about a registrant the caller has already read.</summary>
    public async Task<RegistrantDetail> DescribeAsync(VettedRegistrant registrant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registrant);
        var history = await decisions.ListDecisionsAsync(registrant.Id, cancellationToken);
        var current = history.FirstOrDefault(d => d.Id == registrant.CurrentDecisionId);
        var cleared = registrant.IdentityFingerprint is { } identity
            ? await clearances.ListForIdentityAsync(identity, cancellationToken)
            : [];
        var pending = (await releases.ListPendingReleasesAsync(cancellationToken)).FirstOrDefault(r => r.RegistrantId == registrant.Id);
        var actions = current is null ? [] : await queries.ListActionsForDecisionAsync(current.Id, cancellationToken);
        var escalations = current is null ? [] : await queue.EscalationsAsync(current.Id, cancellationToken);
        return new RegistrantDetail(
            ToItem(registrant, current),
            history,
            await screenings.GetLatestScreeningAsync(registrant.Id, cancellationToken),
            cleared,
            pending,
            actions,
            escalations);
    }

    public static RegistrantItem ToItem(VettedRegistrant registrant, VettingDecision? decision)
    {
        ArgumentNullException.ThrowIfNull(registrant);
        return new RegistrantItem(
            registrant.Id,
            registrant.EventId,
            registrant.ExternalId,
            registrant.FirstName,
            registrant.LastName,
            registrant.Email,
            registrant.Organisation,
            registrant.JobTitle,
            registrant.Country,
            registrant.Status.ToString(),
            registrant.PurgedAt is not null,
            decision);
    }
}
