namespace Vetting.Core.Watchlists;

public sealed record PostalAddress
{
    public IReadOnlyList<string> Lines { get; init; } = [];

    public string? City { get; init; }

    public string? Region { get; init; }

    public string? PostalCode { get; init; }

    public CountryRef? Country { get; init; }

    /// <summary>The whole address as one line of text, as the source gave it or joined from its parts.</summary>
    public required string Raw { get; init; }
}
