namespace Vetting.Matching.Names;

/// <summary>In which capacity a spelling belongs to a given-name group.</summary>
internal enum GivenNameForm : byte
{
    Russian = 0,
    Ukrainian,
    Belarusian,

    /// <summary>English, German, French or other Western equivalent.</summary>
    Western,

    /// <summary>Diminutive or familiar form (Sasha, Volodya, Zhenya).</summary>
    Diminutive,
}
