using System.Collections.Frozen;

namespace Vetting.Matching.Names;

/// <summary>Titles, ranks and honorifics removed from person names before comparison (Dr., General, Sheikh, г-н...).</summary>
internal static class Honorifics
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend",
        "sheikh", "shaikh", "sheik", "shaykh", "imam", "mullah", "mulla", "maulana", "hajji", "haji", "hadji",
        "general", "gen", "colonel", "col", "major", "maj", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt",
        "admiral", "adm", "commander", "cmdr", "brigadier", "marshal", "excellency", "hon", "honorable",
        "honourable", "dipl", "ing", "phd", "md", "jr", "junior", "sr", "senior", "esq", "herr", "frau", "monsieur",
        "madame", "mme", "mlle", "mgr", "drs", "dott", "hr",
        "господин", "госпожа", "гн", "гжа", "пан", "пані", "пани", "доктор", "профессор", "професор", "генерал",
        "полковник", "майор", "капитан", "шейх", "السيد", "الشيخ", "الدكتور", "د",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the lower-case token is a title (single letters never are: they are initials).</summary>
    public static bool IsTitle(string surface) => surface.Length > 1 && Words.Contains(surface);
}
