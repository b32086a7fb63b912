namespace Vetting.Matching.Benchmarks;

/// <summary>The baseline: compare the registrant's full name with every list name by Jaro-Winkler and keep the best.</summary>
internal sealed class BruteForceScan
{
    private readonly string[] _names;

    public BruteForceScan(IEnumerable<ListedParty> parties)
    {
        _names = parties.SelectMany(p => p.Names).Select(n => Normalize(n.Text)).ToArray();
    }

    public int NameCount => _names.Length;

    public (int Index, double Score) Best(RegistrantQuery query)
    {
        var text = Normalize($"{query.FirstName} {query.LastName}");
        var best = (-1, 0.0);
        for (var i = 0; i < _names.Length; i++)
        {
            var score = JaroWinkler.Similarity(text, _names[i]);
            if (score > best.Item2)
            {
                best = (i, score);
            }
        }

        return best;
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split([' ', ',', '-', '"', '.'], StringSplitOptions.RemoveEmptyEntries));
}
