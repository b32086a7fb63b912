namespace Vetting.Core.Watchlists;

/// <summary>Source codes of the common model (formats doc §1).</summary>
public static class WatchlistSources
{
    public const string OfacSdn = "ofac-sdn";
    public const string OfacConsolidated = "ofac-cons";
    public const string EuFsf = "eu-fsf";
    public const string UnSecurityCouncil = "un-sc";
    public const string UkFcdo = "uk-fcdo";
    public const string UaNsdc = "ua-nsdc";
    public const string Curated = "vetting-curated";

    /// <summary>OpenSanctions sources carry their dataset: <c>opensanctions:{dataset}</c>.</summary>
    public static string OpenSanctions(string dataset) => "opensanctions:" + dataset;
}
