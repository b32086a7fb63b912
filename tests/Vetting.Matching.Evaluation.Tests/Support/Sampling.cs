namespace Vetting.Matching.Evaluation.Tests.Support;

/// <summary>Deterministic samples: a seeded shuffle, then the chosen items in their original order.</summary>
internal static class Sampling
{
    public static List<T> Take<T>(IReadOnlyList<T> population, int count, int seed)
    {
        if (population.Count <= count)
        {
            return [.. population];
        }

        var indices = Enumerable.Range(0, population.Count).ToArray();
        new Random(seed).Shuffle(indices);
        return [.. indices.Take(count).Order().Select(i => population[i])];
    }
}
