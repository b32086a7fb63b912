using System.Collections.Frozen;

namespace Vetting.Matching.Names;

/// <summary>Name particles (al-, bin, abu, van, de...): kept, but weigh almost nothing and never make a match.</summary>
internal static class Particles
{
    private static readonly FrozenSet<string> Always = new[]
    {
        "al", "el", "ul", "bin", "ibn", "bint", "binti", "ould", "abu", "abou", "umm", "van", "von", "der", "den", "de",
        "da", "di", "du", "del", "della", "dos", "das", "la", "le", "ter", "ten", "ال", "بن", "ابن", "بنت", "ابو", "أبو",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Assimilated Arabic article forms, particles only when a hyphen joins them to the next word (ad-Din).</summary>
    private static readonly FrozenSet<string> BeforeHyphen = new[]
    {
        "ad", "an", "ar", "as", "ash", "at", "az", "ath", "adh", "ed", "en", "er", "es", "et", "ez", "ben",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsParticle(string surface, bool joinedToNext) =>
        Always.Contains(surface) || (joinedToNext && BeforeHyphen.Contains(surface));
}
