namespace Vetting.Core.Watchlists;

/// <summary>A country or place as the list wrote it, with its ISO 3166-1 alpha-2 code where derivable.</summary>
public sealed record CountryRef(string Raw)
{
    /// <summary>Upper-case ISO 3166-1 alpha-2, or an OpenSanctions extension such as <c>UA-CRI</c>.</summary>
    public string? Code { get; init; }
}
