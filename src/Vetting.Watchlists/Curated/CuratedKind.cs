namespace Vetting.Watchlists.Curated;

/// <summary>The <c>kind</c> of a curated entry as written in the YAML file.</summary>
internal enum CuratedKind
{
    /// <summary><c>person</c>: a named official.</summary>
    Person,

    /// <summary><c>organisation</c>: a body of the occupation administration.</summary>
    Organisation,

    /// <summary><c>front-organisation</c>: a body (often a "public organisation") officials register under to hide their post.</summary>
    FrontOrganisation,

    /// <summary><c>domain</c>: an e-mail or web domain on its own.</summary>
    Domain,
}
