using Vetting.Core.Vetting;
using Vetting.Service.Api.Lists;
using Vetting.Service.Api.Review;

namespace Vetting.Service.Web.Review;

/// <summary>Loads a <see cref="ReviewCase"/> through the same views the API serves (registrant detail, event overview, entity lookup)
/// and the same person's other registrations.</summary>
internal sealed class ReviewCaseLoader(
    IDecisionStore decisions,
    IRegistrantStore registrants,
    IVettingQueries queries,
    RegistrantViews views,
    EventOverview events,
    EntityLookup entities)
{
    /// <summary>How many decisions on the same person's other registrations the page lists.</summary>
    public const int OtherRegistrationsShown = 50;

    /// <summary>The case of <paramref name="decisionId"/>; null when there is no such decision or registrant.</summary>
    public async Task<ReviewCase?> LoadAsync(Guid decisionId, CancellationToken cancellationToken)
    {
        if (await decisions.GetDecisionAsync(decisionId, cancellationToken) is not { } flag
            || await registrants.GetRegistrantAsync(flag.RegistrantId, cancellationToken) is not { } registrant)
        {
            return null;
        }

        var detail = await views.DescribeAsync(registrant, cancellationToken);
        var matches = (detail.LatestScreening?.Matches ?? [])
            .Select(m => new MatchView(m, entities.Find(m.EntityId, cancellationToken), MatchView.Split(m.Explanation)))
            .ToList();
        var others = registrant.IdentityFingerprint is { Length: > 0 } identity
            ? await queries.ListDecisionsOfIdentityAsync(identity, registrant.Id, OtherRegistrationsShown, cancellationToken)
            : [];
        return new ReviewCase(flag, registrant, detail, await events.GetAsync(flag.EventId, cancellationToken), matches, others);
    }
}
