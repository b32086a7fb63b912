using System.Xml.Linq;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;
using static Vetting.Watchlists.Common.XmlValues;

namespace Vetting.Watchlists.Un;

/// <summary>Maps one UN <c>INDIVIDUAL</c> or <c>ENTITY</c> element onto the common model.</summary>
internal static partial class UnRecordMapper
{
    public const string Individual = "INDIVIDUAL";
    public const string Entity = "ENTITY";

    private const string OriginalScriptNote = "original script:";

    private static readonly string[] NameParts = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"];

    public static WatchlistEntity? Map(XmlRecord record, EntityDraft draft, string source)
    {
        var e = record.Element;
        var individual = record.Name == Individual;

        // FIRST..FOURTH_NAME are name parts in printed order, not given/family names (formats doc §4), so the parts
        // of the primary name stay empty. An entity's whole name is in FIRST_NAME.
        var full = individual ? Join(" ", NameParts.Select(part => Child(e, part))) : Child(e, "FIRST_NAME");
        if (draft.PrimaryName(full) is not { } name)
        {
            return null;
        }

        draft.AddIdentifier(IdentifierType.Other, Child(e, "REFERENCE_NUMBER"), ReferenceRawTypes.UnReference);
        draft.AddProgramme(Child(e, "UN_LIST_TYPE"));
        draft.AddAlias(Child(e, "NAME_ORIGINAL_SCRIPT"), AliasQuality.Strong, AliasType.OriginalScript);
        foreach (var alias in Children(e, individual ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS"))
        {
            AddAlias(alias, draft);
        }

        foreach (var nationality in Items(e, "NATIONALITY", "VALUE"))
        {
            draft.AddNationality(CountryResolver.Resolve(nationality));
        }

        // Titles (Mullah, Haji, Dr.) go with the offices, as OFAC's title field does (formats doc §8).
        foreach (var position in Items(e, "TITLE", "VALUE").Concat(Items(e, "DESIGNATION", "VALUE")))
        {
            draft.AddPosition(position);
        }

        AddDetails(e, individual, draft);
        draft.AddRemark(Child(e, "COMMENTS1"));
        var listed = Child(e, "LISTED_ON");
        var listedOn = ListDates.IsoDate(listed);
        if (listed is not null && listedOn is null)
        {
            draft.Warn("LISTED_ON is not an ISO date");
        }

        return draft.Build(source, individual ? EntityKind.Person : EntityKind.Organisation, name, listedOn);
    }

    private static void AddAlias(XElement alias, EntityDraft draft)
    {
        var (quality, type) = Quality(Child(alias, "QUALITY"));
        draft.AddAlias(Child(alias, "ALIAS_NAME"), quality, type);

        // The Russian-language aliases carry their Cyrillic spelling in a note: "original script: Ахмад Шишани".
        if (Child(alias, "NOTE") is { } note && note.StartsWith(OriginalScriptNote, StringComparison.OrdinalIgnoreCase))
        {
            draft.AddAlias(note[OriginalScriptNote.Length..], quality, AliasType.OriginalScript);
        }

        // A few aliases state the birth date and place used with that name.
        draft.AddBirthDate(BirthDateParser.Parse(Child(alias, "DATE_OF_BIRTH")));
        draft.AddBirthPlace(Place(Child(alias, "CITY_OF_BIRTH"), null, Child(alias, "COUNTRY_OF_BIRTH")));
    }

    private static (AliasQuality Quality, AliasType Type) Quality(string? quality) => quality?.ToUpperInvariant() switch
    {
        "LOW" => (AliasQuality.Weak, AliasType.Aka),
        "F.K.A." => (AliasQuality.Strong, AliasType.Fka),
        "N.K.A." => (AliasQuality.Strong, AliasType.Nka),

        // "Good", "a.k.a." and an empty QUALITY are strong. An empty quality means the Committee did not grade the
        // alias, not that it judged it weak; it is still a name the party is listed under, and treating it as
        // low-weight evidence would hide real matches.
        _ => (AliasQuality.Strong, AliasType.Aka),
    };
}
