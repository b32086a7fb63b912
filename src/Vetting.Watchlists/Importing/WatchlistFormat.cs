namespace Vetting.Watchlists.Importing;

/// <summary>Every file format Vetting reads a watchlist from.</summary>
public enum WatchlistFormat
{
    /// <summary>OFAC legacy CSV set: SDN.CSV + ALT.CSV + ADD.CSV + SDN_COMMENTS.CSV.</summary>
    OfacCsv,

    /// <summary>OFAC classic XML (<c>sdn.xml</c>, <c>consolidated.xml</c>), root <c>sdnList</c>.</summary>
    OfacXml,

    /// <summary>OFAC Enhanced XML (<c>SDN_ENHANCED.XML</c>, <c>CONS_ENHANCED.XML</c>), root <c>sanctionsData</c>.</summary>
    OfacEnhancedXml,

    /// <summary>EU Financial Sanctions Files XML 1.1, root <c>export</c>.</summary>
    EuFsfXml,

    /// <summary>UN Security Council Consolidated List XML, root <c>CONSOLIDATED_LIST</c>.</summary>
    UnXml,

    /// <summary>UK Sanctions List (FCDO) XML, root <c>Designations</c>.</summary>
    UkXml,

    /// <summary>OpenSanctions FollowTheMoney JSON lines (<c>entities.ftm.json</c>).</summary>
    OpenSanctionsFtm,

    /// <summary>OpenSanctions <c>targets.simple.csv</c>.</summary>
    OpenSanctionsSimpleCsv,

    /// <summary>Vetting's own curated list (YAML, see watchlists/README.md).</summary>
    Curated,
}
