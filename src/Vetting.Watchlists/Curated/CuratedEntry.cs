using Vetting.Core.Watchlists;

namespace Vetting.Watchlists.Curated;

/// <summary>One validated entry of a curated list, as written (before mapping onto the common model).</summary>
internal sealed record CuratedEntry(string Id, CuratedKind Kind)
{
    /// <summary>Names by language code, in file order.</summary>
    public IReadOnlyList<(string Lang, string Name)> Names { get; init; } = [];

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<string> Positions { get; init; } = [];

    /// <summary>Lower-case domains; <c>*.x</c> stands for x and all its subdomains.</summary>
    public IReadOnlyList<string> Domains { get; init; } = [];

    public IReadOnlyList<string> Designations { get; init; } = [];

    public string? Note { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];

    public DateOnly AddedOn { get; init; }

    public string AddedBy { get; init; } = "";

    public string Reason { get; init; } = "";

    public Confidence Confidence { get; init; }
}
