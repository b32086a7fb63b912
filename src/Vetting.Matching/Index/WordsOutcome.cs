namespace Vetting.Matching.Index;

/// <summary>What screening one organisation or job-title text found: the candidates, and the listed persons' positions it names (evidence only).</summary>
internal sealed record WordsOutcome(Candidate[] Candidates, (int Party, int Entry)[] Positions)
{
    public static WordsOutcome Nothing { get; } = new([], []);
}
