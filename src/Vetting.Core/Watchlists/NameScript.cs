namespace Vetting.Core.Watchlists;

public enum NameScript
{
    Unknown = 0,
    Latin,
    Cyrillic,
    Arabic,
    Han,
    Hangul,
    Greek,
    Georgian,
    Armenian,
    Hebrew,
    Other,

    /// <summary>Letters of more than one script in one name (often look-alike letters in real data).</summary>
    Mixed,
}
