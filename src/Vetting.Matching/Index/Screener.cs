using Vetting.Matching.Names;
using Vetting.Matching.Organisations;
using Vetting.Matching.Scoring;

namespace Vetting.Matching.Index;

/// <summary>Screens one registrant: name, organisation, job title and e-mail, each against the entries it can match.</summary>
internal sealed partial class Screener(IndexData data)
{
    private readonly ScratchPool _pool = new(data.EntryCount, data.Vocabulary.Length);

    /// <summary>Most organisation and job-title texts whose outcome is kept per index.</summary>
    private const int WordsOutcomeLimit = 20_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Text, MatchReason Reason, MatchPolicy Policy), WordsOutcome> _wordsOutcomes = new();

    /// <summary>Organisation and position entries as word lists, made the first time one is a candidate (a lost race only makes one twice).</summary>
    private readonly OrganisationName?[] _entryWords = new OrganisationName?[data.EntryCount];

    public ScreeningResult Screen(RegistrantQuery query, MatchPolicy policy)
    {
        var scratch = _pool.Rent();
        try
        {
            var best = new Dictionary<(int Party, MatchReason Reason), Candidate>();
            ScreenName(scratch, query, policy, best);
            ScreenWords(scratch, query.Organization, MatchReason.Organisation, policy, best);
            var positions = new Dictionary<int, int>();
            ScreenWords(scratch, query.JobTitle, MatchReason.Position, policy, best, positions);
            Corroborate(best, positions, policy);
            ApplyCountry(best, query.Country, policy);
            ScreenDomain(query.Email, policy, best);
            return ResultBuilder.Build(data, best.Values, query, policy);
        }
        finally
        {
            _pool.Return(scratch);
        }
    }

    private void ScreenName(Scratch scratch, RegistrantQuery query, MatchPolicy policy, Dictionary<(int, MatchReason), Candidate> best)
    {
        var text = ResultBuilder.NameText(query);
        if (text.Length == 0)
        {
            return;
        }

        var parsed = NameParser.ParseQuery(text, keepOriginals: false);
        if (parsed.Tokens.Length == 0)
        {
            return;
        }

        var retrieval = PrepareTokens(scratch, parsed.Tokens);
        var hasInitials = false;
        foreach (var token in parsed.Tokens)
        {
            hasInitials |= token.IsInitial;
        }

        var candidates = CandidateFinder.Collect(data, scratch, retrieval, data.Postings, retrieval.Count == 1 && hasInitials, _ => true);
        var distinctive = retrieval.FindAll(t => !LegalForms.IsFormOrFiller(t.Token.Surface, t.Token.Skeleton)
            && !GenericWords.Contains(t.Token.Surface, t.Token.Skeleton));
        candidates.AddRange(CandidateFinder.Collect(data, scratch, distinctive, data.WordPostings, oneSuffices: false, kind =>
            kind == EntryKind.OrganisationName || (kind == EntryKind.CraftName && policy.ScreenVesselsAndAircraft)));
        OrganisationName? asOrganisation = null;
        foreach (var entry in candidates)
        {
            var party = data.EntryParty[entry];
            double score;
            Decision decision;
            if (data.EntryKinds[entry] == EntryKind.PersonName)
            {
                var name = ScorePerson(scratch, parsed.Tokens.Length, entry, explain: false);
                score = name.Score;
                decision = DecisionRules.ForName(name, data.PartyFullest[party], policy, data.PartyReviewOnly[party], data.EntryWeak[entry]);
            }
            else
            {
                asOrganisation ??= OrganisationName.Parse(text);
                var listed = EntryWords(entry);
                if (OrganisationScorer.ScreenCeiling(asOrganisation, listed) < policy.ReviewThreshold)
                {
                    continue;
                }

                score = OrganisationScorer.Screen(asOrganisation, listed, data.WordWeight);
                decision = DecisionRules.ForOrganisation(score, policy, reviewOnly: true);
            }

            Keep(best, new Candidate(entry, party, score, decision, MatchReason.Name));
        }
    }

    /// <summary>Scores a person entry against the query tokens prepared in <paramref name="scratch"/>.</summary>
    internal NameScore ScorePerson(Scratch scratch, int queryCount, int entry, bool explain)
    {
        var start = data.EntryTokenStart[entry];
        var count = data.EntryTokenStart[entry + 1] - start;
        var listed = scratch.ListedBuffer(count);
        for (var j = 0; j < count; j++)
        {
            listed[j] = data.Vocabulary[data.EntryTokens[start + j]];
        }

        var matrix = scratch.MatrixBuffer(queryCount * count);
        var query = scratch.QueryBuffer(queryCount);
        for (var i = 0; i < queryCount; i++)
        {
            var token = scratch.Tokens[i];
            query[i] = token.Token;
            for (var j = 0; j < count; j++)
            {
                matrix[(i * count) + j] = token.ScoreAgainst(data.EntryTokens[start + j], listed[j]);
            }
        }

        return PersonNameScorer.Score(query[..queryCount], listed[..count], data.EntryRoles.AsSpan(start, count), matrix[..(queryCount * count)], explain);
    }

    private List<QueryToken> PrepareTokens(Scratch scratch, NameToken[] tokens)
    {
        var retrieval = new List<QueryToken>();
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = scratch.Token(i, tokens[i]);
            if (!tokens[i].IsParticle && !tokens[i].IsInitial && retrieval.Count < TokenRetrieval.MaxRetrievalTokens)
            {
                TokenRetrieval.Retrieve(data, scratch, token);
                retrieval.Add(token);
            }
        }

        return retrieval;
    }

    private OrganisationName EntryWords(int entry) => _entryWords[entry] ??= MakeEntryWords(entry);

    private OrganisationName MakeEntryWords(int entry)
    {
        var start = data.EntryTokenStart[entry];
        var count = data.EntryTokenStart[entry + 1] - start;
        var originals = new string[count];
        var skeletons = new string[count];
        var generic = new bool[count];
        for (var j = 0; j < count; j++)
        {
            var token = data.Vocabulary[data.EntryTokens[start + j]];
            originals[j] = token.Surface;
            skeletons[j] = token.Skeleton;
            generic[j] = GenericWords.Contains(token.Surface, token.Skeleton);
        }

        return new OrganisationName(data.EntryNames[entry].Text, originals, skeletons, generic);
    }

    private static void Keep(Dictionary<(int, MatchReason), Candidate> best, Candidate candidate)
    {
        var key = (candidate.Party, candidate.Reason);
        if (!best.TryGetValue(key, out var current) || candidate.Score > current.Score
            || (candidate.Score == current.Score && candidate.Decision > current.Decision))
        {
            best[key] = candidate;
        }
    }
}
