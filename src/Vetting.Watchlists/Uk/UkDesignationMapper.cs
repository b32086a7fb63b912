using System.Xml.Linq;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;
using static Vetting.Watchlists.Common.XmlValues;

namespace Vetting.Watchlists.Uk;

/// <summary>Maps one UK <c>Designation</c> onto the common model.</summary>
internal static partial class UkDesignationMapper
{
    public const string Designation = "Designation";

    public static WatchlistEntity? Map(XmlRecord record, EntityDraft draft, string source)
    {
        var d = record.Element;
        var kind = Kind(Child(d, "IndividualEntityShip"), draft);
        if (Names(d, kind, draft) is not { } name)
        {
            return null;
        }

        foreach (var nonLatin in Children(d, "NonLatinNames").SelectMany(n => Children(n, "NonLatinName")))
        {
            // Real data hides Latin look-alikes in Cyrillic words ("Pуслан"): the text is kept as published and the
            // detected script (Mixed) wins over the stated one; matching folds the confusables.
            var stated = Enum.TryParse<NameScript>(Child(nonLatin, "NonLatinScriptType"), ignoreCase: true, out var s) ? s : NameScript.Unknown;
            draft.AddAlias(Child(nonLatin, "NameNonLatinScript"), AliasQuality.Strong, AliasType.OriginalScript,
                LanguageCodes.Normalise(Child(nonLatin, "NonLatinScriptLanguage")), stated);
        }

        draft.AddProgramme(Child(d, "RegimeName"));
        draft.AddIdentifier(IdentifierType.Other, Child(d, "OFSIGroupID"), ReferenceRawTypes.OfsiGroup);
        draft.AddIdentifier(IdentifierType.Other, Child(d, "UNReferenceNumber"), ReferenceRawTypes.UnReference);
        foreach (var title in Items(d, "Titles", "Title"))
        {
            draft.AddPosition(title);
        }

        AddDetails(d, draft);
        draft.AddRemark(Child(d, "OtherInformation"));
        draft.AddRemark(Child(d, "UKStatementofReasons"));
        var designated = Child(d, "DateDesignated");
        var listedOn = ListDates.DayMonthYear(designated);
        if (designated is not null && listedOn is null)
        {
            draft.Warn("DateDesignated is not a dd/mm/yyyy date");
        }

        return draft.Build(source, kind, name, listedOn);
    }

    private static EntityKind Kind(string? value, EntityDraft draft)
    {
        switch (value?.ToUpperInvariant())
        {
            case "INDIVIDUAL":
                return EntityKind.Person;
            case "ENTITY":
                return EntityKind.Organisation;
            case "SHIP":
                return EntityKind.Vessel;
            default:
                draft.Warn("IndividualEntityShip is missing or unknown; kind left Unknown");
                return EntityKind.Unknown;
        }
    }

    /// <summary>
    /// The primary name (the first <c>Primary Name</c>) and the aliases. A <c>Name</c> holding only its NameType is
    /// skipped; when no Primary Name is given, the first name stands in for it, with a warning.
    /// </summary>
    private static EntityName? Names(XElement d, EntityKind kind, EntityDraft draft)
    {
        var names = Children(d, "Names").SelectMany(n => Children(n, "Name")).Select(UkName.From).OfType<UkName>().ToList();
        var primary = names.Find(n => n.Type == UkNameType.Primary);
        if (primary is null && names.Count > 0)
        {
            primary = names[0];
            draft.Warn("no Primary Name; the first name given stands in for it");
        }

        if (draft.PrimaryName(primary?.Full) is not { } name)
        {
            return null;
        }

        foreach (var alias in names.Where(n => !ReferenceEquals(n, primary)))
        {
            if (alias.Type == UkNameType.Unknown)
            {
                draft.Warn("a Name has an unknown NameType; kept as an alias");
            }

            var type = alias.Type is UkNameType.Variation or UkNameType.Primary ? AliasType.Variation : AliasType.Aka;
            draft.AddAlias(alias.Full, alias.Weak ? AliasQuality.Weak : AliasQuality.Strong, type);
        }

        // Name1..Name5 are given and patronymic parts and Name6 the family name, for people only: an entity's or
        // ship's whole name is in Name6.
        return kind != EntityKind.Person || primary is null ? name : name with
        {
            Given = primary.Given,
            Middle = primary.Middle,
            Family = primary.Family,
        };
    }
}
