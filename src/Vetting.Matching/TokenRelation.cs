namespace Vetting.Matching;

/// <summary>How one query token relates to one list token.</summary>
public enum TokenRelation
{
    /// <summary>No usable relation.</summary>
    None = 0,

    /// <summary>Same letters after case, diacritics and look-alike letters are folded.</summary>
    Exact,

    /// <summary>The same name in another transliteration system or script (Aksenov / Aksyonov / Аксёнов).</summary>
    Transliteration,

    /// <summary>The Russian, Ukrainian, Belarusian or English form of the same given name (Volodymyr / Vladimir).</summary>
    Cognate,

    /// <summary>A diminutive of the same given name (Sasha / Aleksandr).</summary>
    Diminutive,

    /// <summary>The same family name in its other gender form (Aksyonova / Aksyonov).</summary>
    GenderForm,

    /// <summary>An initial that agrees with the first letter of the name (S. / Sergey).</summary>
    Initial,

    /// <summary>A small spelling or typing difference (Aksyomov / Aksyonov).</summary>
    Typo,

    /// <summary>A list token that the query does not contain (patronymic or middle name omitted).</summary>
    Missing,

    /// <summary>A query token that the list name does not contain.</summary>
    Extra,

    /// <summary>Tokens that are different (Pushkin / Pushilin).</summary>
    Different,
}
