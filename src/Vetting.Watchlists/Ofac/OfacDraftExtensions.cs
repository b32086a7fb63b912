using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;

namespace Vetting.Watchlists.Ofac;

/// <summary>OFAC conventions shared by the three readers when they fill an <see cref="EntityDraft"/>.</summary>
internal static class OfacDraftExtensions
{
    /// <summary>Adds each position of a title; OFAC separates several positions with ";".</summary>
    public static void AddPositions(this EntityDraft draft, string? title)
    {
        foreach (var position in title?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [])
        {
            draft.AddPosition(position);
        }
    }

    /// <summary>
    /// Adds labelled facts the model has no field for ("Secondary sanctions risk: ...", "Gender Male") as one remark,
    /// written <c>label value; label value</c> the way OFAC writes its CSV remarks.
    /// </summary>
    public static void AddFacts(this EntityDraft draft, IEnumerable<(string Label, string? Value)> facts)
    {
        var written = facts
            .Where(f => !string.IsNullOrWhiteSpace(f.Value))
            .Select(f => f.Label.Trim() + " " + f.Value!.Trim()) // the Where above excludes null values
            .ToList();
        if (written.Count > 0)
        {
            draft.AddRemark(string.Join("; ", written));
        }
    }

    /// <summary>Vessel details of the CSV columns and the XML <c>vesselInfo</c>: call sign, flag, type, tonnage, owner.</summary>
    public static void AddVessel(
        this EntityDraft draft, string? callSign, string? flag, string? vesselType, string? tonnage, string? grossTonnage, string? owner)
    {
        draft.AddIdentifier(IdentifierType.CallSign, callSign, "Call Sign");
        if (flag is not null)
        {
            // The flag state is the vessel's nationality (OFAC itself writes "Nationality of Registration").
            draft.AddNationality(OfacPlaces.Country(flag));
        }

        draft.AddFacts([("Vessel Type", vesselType), ("Tonnage", tonnage), ("GRT", grossTonnage), ("Vessel Owner", owner)]);
    }
}
