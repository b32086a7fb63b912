namespace Vetting.Watchlists.Uk;

/// <summary>The UK list's <c>NameType</c>, compared case-insensitively ("Primary name", "Primary Name Variation").</summary>
internal enum UkNameType
{
    Unknown = 0,
    Primary,

    /// <summary>A spelling variant of the primary name: a strong alias.</summary>
    Variation,
    Alias,
}
