using Vetting.Core.Vetting;
using Vetting.Service.Api.Lists;
using Vetting.Service.Api.Review;

namespace Vetting.Service.Web.Review;

/// <summary>Loads a <see cref="ReviewCase"/> through the same views the API serves (registrant detail, event overview, entity lookup).</summary>
internal sealed class ReviewCaseLoader(
    IDecisionStore decisions, IRegistrantStore registrants, RegistrantViews views, EventOverview events, EntityLookup entities)
{
    /// <summary>The case of <paramref name="decisionId"/>; null when there is no such decision or registrant.</summary>
    public async Task<ReviewCase?> LoadAsync(Guid decisionId, CancellationToken cancellationToken)
    {
        if (await decisions.GetDecisionAsync(decisionId, cancellationToken) is not { } flag
            || await registrants.GetRegistrantAsync(flag.RegistrantId, cancellationToken) is not { } registrant
            || await views.GetAsync(flag.RegistrantId, cancellationToken) is not { } detail)
        {
            return null;
        }

        var matches = (detail.LatestScreening?.Matches ?? [])
            .Select(m => new MatchView(m, entities.Find(m.EntityId, cancellationToken), MatchView.Split(m.Explanation)))
            .ToList();
        return new ReviewCase(flag, registrant, detail, await events.GetAsync(flag.EventId, cancellationToken), matches);
    }
}
