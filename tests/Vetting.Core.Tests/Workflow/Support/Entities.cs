using Vetting.Core.Watchlists;

namespace Vetting.Core.Tests.Workflow.Support;

/// <summary>List entries for the workflow tests, shaped like the real OFAC and curated entries they stand for.</summary>
internal static class Entities
{
    /// <summary>OFAC SDN 16642 (a Crimean official), with his patronymic: a full-name match is block-level.</summary>
    public static WatchlistEntity Aksyonov(string? extraAlias = null) => new()
    {
        Id = "ofac-sdn:16642",
        Source = WatchlistSources.OfacSdn,
        Kind = EntityKind.Person,
        PrimaryName = new EntityName("AKSYONOV, Sergey Valeryevich") { Given = "Sergey", Patronymic = "Valeryevich", Family = "AKSYONOV" },
        Aliases = extraAlias is null ? [] : [new EntityAlias(extraAlias)],
        Programmes = ["UKRAINE-EO13660"],
    };

    /// <summary>A listed person without patronymic: a name match goes to review.</summary>
    public static WatchlistEntity Poklonskaya() => new()
    {
        Id = "ofac-sdn:17261",
        Source = WatchlistSources.OfacSdn,
        Kind = EntityKind.Person,
        PrimaryName = new EntityName("POKLONSKAYA, Natalia") { Given = "Natalia", Family = "POKLONSKAYA" },
    };

    /// <summary>A curated occupation body with its e-mail domain (review-only).</summary>
    public static WatchlistEntity CouncilOfMinisters() => new()
    {
        Id = "vetting-curated:council-of-ministers-of-the-republic-of-crimea",
        Source = WatchlistSources.Curated,
        Kind = EntityKind.Organisation,
        PrimaryName = new EntityName("Council of Ministers of the Republic of Crimea"),
        Identifiers = [new EntityIdentifier(IdentifierType.Domain, "rk.gov.ru")],
    };

    /// <summary>Someone whose name a clean registrant of the tests shares (for "a list update re-flags").</summary>
    public static WatchlistEntity NewlyListed(string given, string family) => new()
    {
        Id = "ofac-sdn:99001",
        Source = WatchlistSources.OfacSdn,
        Kind = EntityKind.Person,
        PrimaryName = new EntityName($"{family.ToUpperInvariant()}, {given}") { Given = given, Family = family.ToUpperInvariant() },
    };
}
