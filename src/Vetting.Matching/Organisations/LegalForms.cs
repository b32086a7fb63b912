using System.Collections.Frozen;
using Vetting.Matching.Text;

namespace Vetting.Matching.Organisations;

/// <summary>
/// Legal forms (OOO, AO, GUP, FGBU, LLC, JSC, Ltd, "obshchestvo s ogranichennoy otvetstvennostyu"...), filler words
/// and "so-called" prefixes removed from organisation names. Stored as skeletons, so every transliteration of a
/// Russian or Ukrainian legal form is recognised.
/// </summary>
internal static class LegalForms
{
    private static readonly string[] Phrases =
    [
        "общество с ограниченной ответственностью", "obshchestvo s ogranichennoi otvetstvennostyu",
        "публичное акционерное общество", "закрытое акционерное общество", "открытое акционерное общество",
        "непубличное акционерное общество", "акционерное общество", "aktsionernoe obshchestvo",
        "федеральное государственное унитарное предприятие", "государственное унитарное предприятие",
        "федеральное государственное бюджетное учреждение", "государственное бюджетное учреждение",
        "государственное бюджетное образовательное учреждение", "автономная некоммерческая организация",
        "товариство з обмеженою відповідальністю", "приватне акціонерне товариство", "публічне акціонерне товариство",
        "limited liability company", "public joint stock company", "closed joint stock company",
        "open joint stock company", "joint stock company", "federal state unitary enterprise",
        "state unitary enterprise", "federal state budgetary institution", "state budgetary institution",
        "state budgetary educational institution", "state enterprise", "public limited company",
        "autonomous non profit organization", "non commercial organization", "so called", "self proclaimed",
        "так называемый", "так называемая", "так называемое", "самопровозглашенная", "самопровозглашенный",
        "self styled", "de facto", "s de rl de cv", "sa de cv", "s de rl", "s en c", "s en cs", "s en nc", "y cia", "e cia", "and co", "gmbh co kg",
    ];

    private static readonly string[] Single =
    [
        "ooo", "oao", "zao", "pao", "ao", "nao", "gup", "fgup", "fgbu", "gbu", "gbou", "gau", "gku", "mup", "ano", "nko",
        "llc", "jsc", "cjsc", "ojsc", "pjsc", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "co",
        "company", "gmbh", "ag", "sa", "sarl", "sas", "bv", "nv", "plc", "llp", "lp", "spa", "srl", "tov", "pat", "prat",
        "dp", "sue", "fsue", "ltda", "cia", "scs", "sca", "cv", "rl", "sl", "slu", "kg", "ohg", "scop", "eirl",
        "eireli", "sae", "sal", "wll", "fze", "fzco", "fzc", "pvt", "pte", "bhd", "sdn", "tbk", "kft", "zrt", "doo", "ad", "ood", "eood", "ead",
        "ооо", "оао", "зао", "пао", "ао", "гуп", "фгуп", "фгбу", "гбу", "гбоу", "гау", "гку",
        "муп", "ано", "нко", "тов", "пат", "прат", "дп", "тнв",
    ];

    private static readonly string[] Filler =
    [
        "of", "the", "and", "for", "in", "on", "at", "a", "an", "under", "to", "de", "la", "le", "du", "des", "der",
        "die", "und", "fur", "et", "former", "acting", "ex", "then", "until", "since", "from", "later", "briefly", "y", "e", "del", "da", "do", "dos", "das", "di", "el", "los", "las", "и", "в", "по",
        "при", "на", "для", "з", "у", "і", "та",
    ];

    /// <summary>Short forms are recognised by their exact letters only: as skeletons they would swallow names (Ann → an).</summary>
    private const int MinSkeletonLength = 3;

    private static readonly FrozenSet<string> SingleSurfaces = Single.Concat(Filler).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SingleSkeletons = Single.Concat(Filler)
        .Select(s => PhoneticSkeleton.Build(s, CyrillicLanguage.Russian))
        .Where(s => s.Length >= MinSkeletonLength)
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[][] PhraseSkeletons = Phrases
        .Select(p => p.Split(' ').Select(w => PhoneticSkeleton.Build(w, CyrillicSkeleton.Detect(p))).ToArray())
        .OrderByDescending(p => p.Length)
        .ToArray();

    /// <summary>True for a one-word legal form or filler word: never a reason to look at an organisation.</summary>
    public static bool IsFormOrFiller(string surface, string skeleton) =>
        SingleSurfaces.Contains(surface) || SingleSkeletons.Contains(skeleton);

    /// <summary>Indexes of the tokens that are legal forms or filler (by letters, or by skeleton for longer forms).</summary>
    public static bool[] Mark(IReadOnlyList<string> surfaces, IReadOnlyList<string> skeletons)
    {
        var removed = new bool[skeletons.Count];
        foreach (var phrase in PhraseSkeletons)
        {
            for (var start = 0; start + phrase.Length <= skeletons.Count; start++)
            {
                if (Matches(skeletons, start, phrase, removed))
                {
                    for (var k = 0; k < phrase.Length; k++)
                    {
                        removed[start + k] = true;
                    }
                }
            }
        }

        for (var i = 0; i < skeletons.Count; i++)
        {
            removed[i] |= IsFormOrFiller(surfaces[i], skeletons[i]);
        }

        return removed;
    }

    private static bool Matches(IReadOnlyList<string> skeletons, int start, string[] phrase, bool[] removed)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (removed[start + k] || !string.Equals(skeletons[start + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
