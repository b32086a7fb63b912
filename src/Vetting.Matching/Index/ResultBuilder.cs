using System.Globalization;
using Vetting.Matching.Names;
using Vetting.Matching.Organisations;
using Vetting.Matching.Scoring;

namespace Vetting.Matching.Index;

/// <summary>Turns the best candidates into ranked, explained <see cref="MatchResult"/>s.</summary>
internal static class ResultBuilder
{
    /// <summary>The registrant's name: both name fields, in whatever order and script they were typed.</summary>
    public static string NameText(RegistrantQuery query)
    {
        var first = query.FirstName?.Trim() ?? string.Empty;
        var last = query.LastName?.Trim() ?? string.Empty;
        return first.Length == 0 ? last : last.Length == 0 ? first : first + " " + last;
    }

    public static ScreeningResult Build(IndexData data, IEnumerable<Candidate> candidates, RegistrantQuery query, MatchPolicy policy)
    {
        var ranked = candidates
            .Where(c => c.Score >= policy.ReviewThreshold)
            .OrderByDescending(c => c.Decision)
            .ThenByDescending(c => c.Score)
            .ThenBy(c => data.PartyIds[c.Party], StringComparer.Ordinal)
            .ThenBy(c => c.Reason)
            .Take(policy.MaxMatches)
            .ToList();
        if (ranked.Count == 0)
        {
            return ScreeningResult.Clear;
        }

        var parsedQuery = new Lazy<ParsedName>(() => NameParser.ParseQuery(NameText(query)), LazyThreadSafetyMode.None);
        var matches = new List<MatchResult>(ranked.Count);
        foreach (var candidate in ranked)
        {
            matches.Add(Explain(data, candidate, query, parsedQuery));
        }

        return new ScreeningResult
        {
            Decision = matches.Max(m => m.Decision),
            Score = matches.Max(m => m.Score),
            Matches = matches,
        };
    }

    private static MatchResult Explain(IndexData data, Candidate candidate, RegistrantQuery query, Lazy<ParsedName> parsedQuery)
    {
        string matched;
        string explanation;
        IReadOnlyList<TokenMatch> tokens = [];
        if (candidate.Reason == MatchReason.Domain)
        {
            matched = candidate.Domain ?? string.Empty;
            explanation = $"e-mail {query.Email?.Trim()} matches listed {matched}";
        }
        else
        {
            var name = data.EntryNames[candidate.Entry];
            matched = name.Text;
            if (data.EntryKinds[candidate.Entry] == EntryKind.PersonName)
            {
                var score = NameComparer.ScoreDirected(parsedQuery.Value, NameParser.ParseListed(name));
                tokens = score.Tokens;
                explanation = Explanations.Sentence(score.Tokens, score.Verdict);
                if (candidate.Country is { } country)
                {
                    explanation += candidate.CountryListed
                        ? string.Create(CultureInfo.InvariantCulture, $"; country {country} is listed for this person (+{Screener.SameCountryBoost:0.00})")
                        : string.Create(CultureInfo.InvariantCulture, $"; country {country} is not among the listed countries (-{Screener.OtherCountryPenalty:0.00})");
                }

                if (candidate.Corroboration >= 0)
                {
                    explanation += string.Create(
                        CultureInfo.InvariantCulture,
                        $"; job title names the listed position \"{data.EntryNames[candidate.Corroboration].Text}\" (+{Screener.CorroborationBoost:0.00})");
                }
            }
            else
            {
                var text = candidate.Reason switch
                {
                    MatchReason.Organisation => query.Organization,
                    MatchReason.Position => query.JobTitle,
                    _ => NameText(query),
                };
                var list = new List<TokenMatch>();
                OrganisationScorer.Dice(OrganisationName.Parse(text), OrganisationName.Parse(name.Text), data.WordWeight, list);
                tokens = list;
                var what = data.EntryKinds[candidate.Entry] == EntryKind.Position ? "listed position" : "listed organisation";
                explanation = $"{Field(candidate.Reason)} matches {what} \"{name.Text}\": " + string.Join("; ", list.Select(t => t.ToString()));
            }
        }

        return new MatchResult
        {
            EntityId = data.PartyIds[candidate.Party],
            Source = data.PartySources[candidate.Party],
            MatchedName = matched,
            Score = Math.Round(candidate.Score, 4),
            Decision = candidate.Decision,
            Reason = candidate.Reason,
            Explanation = explanation,
            Tokens = tokens,
        };
    }

    private static string Field(MatchReason reason) => reason switch
    {
        MatchReason.Organisation => "organisation",
        MatchReason.Position => "job title",
        _ => "name",
    };
}
