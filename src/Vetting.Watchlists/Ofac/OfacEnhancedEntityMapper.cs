using System.Xml.Linq;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;

namespace Vetting.Watchlists.Ofac;

/// <summary>Maps one Enhanced XML <c>entity</c> (formats doc §2.3) onto the common model.</summary>
internal static class OfacEnhancedEntityMapper
{
    public static WatchlistEntity? Map(XElement element, EntityDraft draft, string source, OfacEnhancedReferenceData references)
    {
        var general = element.Child("generalInfo");
        var entityType = general?.Text("entityType");
        var kind = OfacNames.KindOf(entityType);
        if (entityType is null || kind == EntityKind.Unknown)
        {
            draft.Warn("missing or unknown entityType; kind left unknown");
            kind = EntityKind.Unknown;
        }

        var (primaryName, primaryTranslation) = OfacEnhancedNames.SelectPrimary(element);
        if (OfacEnhancedNames.PrimaryName(primaryTranslation, kind, draft) is not { } primary)
        {
            return null;
        }

        draft.AddRemark(general?.Text("remarks"));
        OfacEnhancedNames.AddAliases(element, primaryName, primaryTranslation, draft);
        foreach (var programme in element.ItemTexts("sanctionsPrograms", "sanctionsProgram"))
        {
            draft.AddProgramme(programme);
        }

        var facts = new List<(string, string?)>();
        foreach (var feature in element.Items("features", "feature"))
        {
            if (OfacEnhancedFeatures.AddFeature(feature, draft, references) is { } fact)
            {
                facts.Add(fact);
            }
        }

        foreach (var document in element.Items("identityDocuments", "identityDocument"))
        {
            OfacEnhancedFeatures.AddIdentityDocument(document, draft, references);
        }

        foreach (var address in element.Items("addresses", "address"))
        {
            OfacEnhancedFeatures.AddAddress(address, draft, references);
        }

        // Relationships are context for a reviewer, like "Linked To:" in the other formats: remarks only.
        facts.AddRange(element.Items("relationships", "relationship")
            .Select(r => ((r.Text("type") ?? "Related to") + ":", r.Text("relatedEntity"))));
        draft.AddFacts(facts);

        var listedOn = element.Items("sanctionsLists", "sanctionsList").Select(l => ListDates.IsoDate(l.Attr("datePublished"))).Min();
        return draft.Build(source, kind, primary, listedOn);
    }
}
