namespace Vetting.Matching;

/// <summary>
/// Thresholds and switches for screening and name comparison. The matcher never reads configuration itself;
/// the host builds this record. <see cref="Default"/> holds the values the golden corpus was tuned on.
/// </summary>
public sealed record MatchPolicy
{
    /// <summary>The defaults documented on each property.</summary>
    public static MatchPolicy Default { get; } = new();

    /// <summary>A score at or above this goes to a human (default 0.80).</summary>
    public double ReviewThreshold { get; init; } = 0.80;

    /// <summary>
    /// A name score at or above this may block (default 0.95), but only with strong evidence: every token of the
    /// list's fullest name matched exactly, by transliteration or as a cognate, patronymic included.
    /// </summary>
    public double BlockThreshold { get; init; } = 0.95;

    /// <summary>Whether an exact listed e-mail address or listed domain may block (default true).</summary>
    public bool BlockOnDomain { get; init; } = true;

    /// <summary>Most matches returned per registrant (default 10).</summary>
    public int MaxMatches { get; init; } = 10;

    /// <summary>Whether vessel and aircraft names are screened against registrant names (default false).</summary>
    public bool ScreenVesselsAndAircraft { get; init; }

    /// <summary>Longest accepted query field in characters (default 1,024); longer input is rejected.</summary>
    public int MaxFieldLength { get; init; } = 1024;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when the thresholds are inconsistent.</summary>
    public void Validate()
    {
        if (!(ReviewThreshold > 0 && ReviewThreshold <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ReviewThreshold), ReviewThreshold, "Must be in (0, 1].");
        }

        if (!(BlockThreshold >= ReviewThreshold && BlockThreshold <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(BlockThreshold), BlockThreshold, "Must be in [ReviewThreshold, 1].");
        }

        if (MaxMatches < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxMatches), MaxMatches, "Must be at least 1.");
        }

        if (MaxFieldLength < 16)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxFieldLength), MaxFieldLength, "Must be at least 16.");
        }
    }
}
