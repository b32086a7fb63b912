namespace Vetting.Watchlists.Common;

/// <summary>
/// <see cref="Vetting.Core.Watchlists.EntityIdentifier.RawType"/> of the list references kept as identifiers (type
/// Other). The UN reference is the same whichever list quotes it, so an EU or UK entry links to its UN record.
/// </summary>
internal static class ReferenceRawTypes
{
    /// <summary>The permanent UN reference number, e.g. <c>QDi.006</c>, <c>TAe.010</c>.</summary>
    public const string UnReference = "UN reference";

    /// <summary>The EU reference number, e.g. <c>EU.27.28</c>.</summary>
    public const string EuReference = "EU reference";

    /// <summary>The OFSI group id, the key of the older OFSI Consolidated List.</summary>
    public const string OfsiGroup = "OFSI group ID";
}
