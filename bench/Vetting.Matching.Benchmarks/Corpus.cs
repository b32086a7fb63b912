namespace Vetting.Matching.Benchmarks;

/// <summary>Generated lists cached per size within one benchmark process.</summary>
internal static class Corpus
{
    private static readonly Dictionary<int, List<ListedParty>> Lists = [];

    public static List<ListedParty> Parties(int names)
    {
        lock (Lists)
        {
            if (!Lists.TryGetValue(names, out var parties))
            {
                Lists[names] = parties = ListGenerator.Create(names);
            }

            return parties;
        }
    }
}
