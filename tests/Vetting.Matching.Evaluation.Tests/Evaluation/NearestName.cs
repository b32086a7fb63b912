using Vetting.Matching.Evaluation.Tests.Generation;
using Vetting.Matching.Evaluation.Tests.Support;

namespace Vetting.Matching.Evaluation.Tests.Evaluation;

/// <summary>
/// For a positive that was missed: how close the registrant came to its expected entity, by the engine's own pairwise
/// <see cref="NameComparer"/> (name, organisation and job title against every name of the expected parties).
/// </summary>
internal static class NearestName
{
    public static (string Text, double Score)? Describe(CorpusCase missed, IReadOnlyDictionary<string, ListedParty> parties)
    {
        string[] fields = [NameText.Join(missed.FirstName, missed.LastName), missed.Organization, missed.JobTitle];
        var best = missed.Expected
            .Select(parties.GetValueOrDefault)
            .OfType<ListedParty>()
            .SelectMany(p => p.Names.Select(n => (Party: p, Name: n.Text)))
            .SelectMany(x => fields.Where(f => f.Length > 0)
                .Select(f => (x.Name, Comparison: NameComparer.Compare(f, x.Name, x.Party.Kind, MatchPolicy.Default))))
            .OrderByDescending(x => x.Comparison.Score)
            .FirstOrDefault();
        return best.Name is null
            ? null
            : ($"nearest expected name \"{best.Name}\" scores {best.Comparison.Score:0.00} pairwise: {best.Comparison.Explanation}",
                best.Comparison.Score);
    }
}
