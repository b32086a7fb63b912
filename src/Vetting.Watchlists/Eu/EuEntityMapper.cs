using System.Collections.Frozen;
using System.Xml.Linq;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;
using static Vetting.Watchlists.Common.XmlValues;

namespace Vetting.Watchlists.Eu;

/// <summary>Maps one EU FSF <c>sanctionEntity</c> onto the common model.</summary>
internal static partial class EuEntityMapper
{
    public const string SanctionEntity = "sanctionEntity";

    /// <summary>The 24 official languages of the EU, in which the FSF repeats a name's transliteration.</summary>
    private static readonly FrozenSet<string> OfficialLanguages = new[]
    {
        "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
        "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static WatchlistEntity? Map(XmlRecord record, EntityDraft draft, string source)
    {
        var s = record.Element;
        var kind = Kind(s, draft);
        if (Names(s, kind, draft) is not { } name)
        {
            return null;
        }

        draft.AddIdentifier(IdentifierType.Other, Attr(s, "euReferenceNumber"), ReferenceRawTypes.EuReference);
        draft.AddIdentifier(IdentifierType.Other, Attr(s, "unitedNationId"), ReferenceRawTypes.UnReference);

        // The entity's regulation, and those nested under its names and details, all carry the programme code.
        foreach (var regulation in Descendants(s, "regulation"))
        {
            draft.AddProgramme(Attr(regulation, "programme"));
        }

        AddDetails(s, draft);
        foreach (var remark in Children(s, "remark"))
        {
            draft.AddRemark(Text(remark));
        }

        draft.AddRemark(Attr(s, "designationDetails"));
        var designated = Attr(s, "designationDate");
        var listedOn = ListDates.IsoDate(designated);
        if (designated is not null && listedOn is null)
        {
            draft.Warn("designationDate is not an ISO date");
        }

        return draft.Build(source, kind, name, listedOn);
    }

    /// <summary><c>person</c> or <c>enterprise</c>; the FSF has no vessel type, so an enterprise with an IMO number is a vessel.</summary>
    private static EntityKind Kind(XElement s, EntityDraft draft)
    {
        var subject = Children(s, "subjectType").FirstOrDefault();
        var code = subject is null ? null : Attr(subject, "code") ?? Attr(subject, "classificationCode");
        switch (code?.ToUpperInvariant())
        {
            case "PERSON" or "P":
                return EntityKind.Person;
            case "ENTERPRISE" or "E":
                var imo = Children(s, "identification").Any(i => string.Equals(Attr(i, "identificationTypeCode"), "imo", StringComparison.OrdinalIgnoreCase));
                return imo ? EntityKind.Vessel : EntityKind.Organisation;
            default:
                draft.Warn("subjectType is missing or unknown; kind left Unknown");
                return EntityKind.Unknown;
        }
    }

    /// <summary>
    /// The first <c>nameAlias</c> with a <c>wholeName</c> is the primary name (with its parts for a person); the
    /// others are aliases: a spelling tagged with an EU official language (including Greek and Bulgarian) is a
    /// transliteration, another non-Latin spelling (Russian, Ukrainian, Belarusian Cyrillic) is the original script.
    /// </summary>
    private static EntityName? Names(XElement s, EntityKind kind, EntityDraft draft)
    {
        var aliases = Children(s, "nameAlias").ToList();
        var primary = aliases.Find(a => Attr(a, "wholeName") is not null);
        if (draft.PrimaryName(primary is null ? null : Attr(primary, "wholeName")) is not { } name)
        {
            return null;
        }

        foreach (var alias in aliases)
        {
            draft.AddPosition(Attr(alias, "function"));
            draft.AddPosition(Attr(alias, "title"));
            if (ReferenceEquals(alias, primary) || Attr(alias, "wholeName") is not { } whole)
            {
                continue;
            }

            var weak = string.Equals(Attr(alias, "strong"), "false", StringComparison.OrdinalIgnoreCase);
            var lang = LanguageCodes.Normalise(Attr(alias, "nameLanguage"));
            var type = lang is not null && OfficialLanguages.Contains(lang) ? AliasType.Variation
                : ScriptDetector.Detect(whole) is not (NameScript.Latin or NameScript.Unknown) ? AliasType.OriginalScript
                : AliasType.Aka;
            draft.AddAlias(whole, weak ? AliasQuality.Weak : AliasQuality.Strong, type, lang);
        }

        return kind != EntityKind.Person || primary is null ? name : name with
        {
            Given = OneLine(Attr(primary, "firstName")),
            Middle = OneLine(Attr(primary, "middleName")),
            Family = OneLine(Attr(primary, "lastName")),
        };
    }
}
