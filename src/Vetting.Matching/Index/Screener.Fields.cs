using Vetting.Matching.Domains;
using Vetting.Matching.Names;
using Vetting.Matching.Organisations;
using Vetting.Matching.Text;

namespace Vetting.Matching.Index;

/// <summary>Organisation, job-title and e-mail screening.</summary>
internal sealed partial class Screener
{
    /// <summary>Positions with fewer distinctive words than this match a job title only as a whole, never by containment.</summary>
    private const int MinPositionWordsForContainment = 4;

    /// <param name="positions">Receives listed persons' positions the text names (party → entry), evidence for <see cref="Corroborate"/>.</param>
    private void ScreenWords(
        Scratch scratch, string? text, MatchReason reason, MatchPolicy policy, Dictionary<(int, MatchReason), Candidate> best, Dictionary<int, int>? positions = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        // Organisations and job titles repeat from registrant to registrant (a ministry, a mission, "Programme
        // Officer"): what one text finds is kept per index, text, field and policy.
        var key = (text, reason, policy);
        if (!_wordsOutcomes.TryGetValue(key, out var outcome))
        {
            outcome = ScreenWordsUncached(scratch, text, reason, policy);
            if (_wordsOutcomes.Count < WordsOutcomeLimit)
            {
                _wordsOutcomes.TryAdd(key, outcome);
            }
        }

        foreach (var candidate in outcome.Candidates)
        {
            Keep(best, candidate);
        }

        foreach (var (party, entry) in outcome.Positions)
        {
            positions?.TryAdd(party, entry);
        }
    }

    private WordsOutcome ScreenWordsUncached(Scratch scratch, string text, MatchReason reason, MatchPolicy policy)
    {
        var words = OrganisationName.Parse(text);
        if (words.Skeletons.Length == 0)
        {
            return WordsOutcome.Nothing;
        }

        var language = CyrillicSkeleton.Detect(text);
        var tokens = words.Originals
            .Select(o => TokenAnalyzer.Analyze(o, TokenAnalyzer.Surface(o), language, TokenRole.Unknown, TokenTraits.None))
            .ToArray();
        var retrieval = DistinctiveOrAll(PrepareTokens(scratch, tokens));
        var entries = CandidateFinder.Collect(data, scratch, retrieval, data.WordPostings, oneSuffices: retrieval.Count == 1, kind =>
            kind == EntryKind.OrganisationName || (reason == MatchReason.Position && kind == EntryKind.Position));
        var candidates = new List<Candidate>();
        var positions = new List<(int Party, int Entry)>();
        foreach (var entry in entries)
        {
            var party = data.EntryParty[entry];
            var listed = EntryWords(entry);
            if (OrganisationScorer.ScreenCeiling(words, listed) < policy.ReviewThreshold)
            {
                // Below review whatever the words are: neither a candidate nor evidence of a position.
                continue;
            }

            var score = data.EntryKinds[entry] == EntryKind.Position && listed.Skeletons.Length < MinPositionWordsForContainment
                ? OrganisationScorer.Dice(words, listed, data.WordWeight)
                : OrganisationScorer.Screen(words, listed, data.WordWeight);
            if (data.EntryKinds[entry] == EntryKind.Position && !data.PartyReviewOnly[party])
            {
                // A sanctioned person's position ("Deputy Minister of Foreign Affairs", "Chief of Staff") is shared with
                // everyone who ever held such an office: it is evidence about that person, not about a registrant, and
                // counts only beside a name match. Only the curated occupation offices are screened on their own.
                if (reason == MatchReason.Position && score >= policy.ReviewThreshold)
                {
                    positions.Add((party, entry));
                }

                continue;
            }

            var decision = DecisionRules.ForOrganisation(score, policy, reviewOnly: true);
            candidates.Add(new Candidate(entry, party, score, decision, reason));
        }

        return new WordsOutcome([.. candidates], [.. positions]);
    }

    /// <summary>The query's distinctive words for retrieval; all its words when every one is generic.</summary>
    private static List<QueryToken> DistinctiveOrAll(List<QueryToken> retrieval)
    {
        var distinctive = retrieval.FindAll(t => !GenericWords.Contains(t.Token.Surface, t.Token.Skeleton));
        return distinctive.Count > 0 ? distinctive : retrieval;
    }

    private void ScreenDomain(string? email, MatchPolicy policy, Dictionary<(int, MatchReason), Candidate> best)
    {
        var address = DomainNormalizer.Address(email);
        if (address is null)
        {
            return;
        }

        var domain = DomainNormalizer.DomainOf(address);
        Match(address, DomainKind.Address, 1.0);
        Match(domain, DomainKind.Domain, 1.0);
        for (var dot = domain.IndexOf('.', StringComparison.Ordinal); dot >= 0; dot = domain.IndexOf('.', dot + 1))
        {
            var parent = domain[(dot + 1)..];
            if (parent.Contains('.', StringComparison.Ordinal))
            {
                Match(parent, DomainKind.Subdomains, 0.95);
            }
        }

        void Match(string key, DomainKind kind, double score)
        {
            if (!data.Domains.TryGetValue(key, out var hits))
            {
                return;
            }

            foreach (var hit in hits)
            {
                if (hit.Kind != kind)
                {
                    continue;
                }

                var decision = policy.BlockOnDomain && !data.PartyReviewOnly[hit.Party] ? Decision.Block : Decision.Review;
                Keep(best, new Candidate(-1, hit.Party, score, decision, MatchReason.Domain, hit.Original));
            }
        }
    }
}
