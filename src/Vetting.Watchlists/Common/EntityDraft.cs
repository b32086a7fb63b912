using Vetting.Core.Watchlists;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Common;

/// <summary>
/// Collects the parts of one entity while a reader walks its record: skips blank values and exact repeats,
/// skips over-long aliases with a warning (record id and position only) and builds the immutable entity at the end.
/// </summary>
internal sealed class EntityDraft(string file, long line, string nativeId, ImportContext context)
{
    private readonly List<EntityAlias> _aliases = [];
    private readonly List<string> _programmes = [];
    private readonly List<BirthDate> _birthDates = [];
    private readonly List<CountryRef> _birthPlaces = [];
    private readonly List<CountryRef> _nationalities = [];
    private readonly List<CountryRef> _citizenships = [];
    private readonly List<string> _positions = [];
    private readonly List<PostalAddress> _addresses = [];
    private readonly List<EntityIdentifier> _identifiers = [];
    private readonly List<string> _remarks = [];

    public string NativeId => nativeId;

    public long Line => line;

    /// <summary>The primary name with its detected script, or null (the record is skipped, with a warning) when blank or too long.</summary>
    public EntityName? PrimaryName(string? full)
    {
        var text = XmlValues.OneLine(full);
        if (text is null || text.Length > ImportLimits.MaxNameChars)
        {
            var why = text is null ? "has no name" : $"has a name longer than {ImportLimits.MaxNameChars} characters";
            context.Warn(file, line, $"record {nativeId} {why}; skipped", recordSkipped: true);
            return null;
        }

        return new EntityName(text) { Script = ScriptDetector.Detect(text) };
    }

    /// <summary>Adds an alias; the script is detected from the text, the stated one only when no letter tells.</summary>
    public void AddAlias(string? name, AliasQuality quality, AliasType type, string? lang = null, NameScript stated = NameScript.Unknown)
    {
        if (XmlValues.OneLine(name) is not { } text)
        {
            return;
        }

        if (text.Length > ImportLimits.MaxNameChars)
        {
            context.Warn(file, line, $"record {nativeId}: an alias longer than {ImportLimits.MaxNameChars} characters was skipped");
            return;
        }

        var script = ScriptDetector.Detect(text);
        var alias = new EntityAlias(text)
        {
            Quality = quality,
            Type = type,
            Script = script == NameScript.Unknown ? stated : script,
            Lang = lang,
        };
        if (!_aliases.Contains(alias))
        {
            _aliases.Add(alias);
        }
    }

    public void AddProgramme(string? programme) => AddDistinct(_programmes, XmlValues.OneLine(programme));

    public void AddPosition(string? position) => AddDistinct(_positions, XmlValues.OneLine(position));

    public void AddBirthDate(BirthDate? date) => AddDistinct(_birthDates, date);

    public void AddBirthPlace(CountryRef? place) => AddDistinct(_birthPlaces, place);

    public void AddNationality(CountryRef? country) => AddDistinct(_nationalities, country);

    public void AddCitizenship(CountryRef? country) => AddDistinct(_citizenships, country);

    public void AddAddress(PostalAddress? address) => AddDistinct(_addresses, address);

    public void AddRemark(string? remark) => AddDistinct(_remarks, remark?.Trim() is { Length: > 0 } r ? r : null);

    public void AddIdentifier(IdentifierType type, string? value, string? rawType = null, string? country = null)
    {
        if (XmlValues.OneLine(value) is { } text)
        {
            AddDistinct(_identifiers, new EntityIdentifier(type, text) { RawType = rawType, Country = country });
        }
    }

    /// <summary>A warning about this record that does not skip it.</summary>
    public void Warn(string message) => context.Warn(file, line, $"record {nativeId}: {message}");

    public WatchlistEntity Build(string source, EntityKind kind, EntityName primaryName, DateOnly? listedOn) => new()
    {
        Id = source + ":" + nativeId,
        Source = source,
        Kind = kind,
        PrimaryName = primaryName,
        Aliases = _aliases.Where(a => !(a.Name == primaryName.Full && a.Type != AliasType.OriginalScript)).ToArray(),
        Programmes = [.. _programmes],
        BirthDates = [.. _birthDates],
        BirthPlaces = [.. _birthPlaces],
        Nationalities = [.. _nationalities],
        Citizenships = [.. _citizenships],
        Positions = [.. _positions],
        Addresses = [.. _addresses],
        Identifiers = [.. _identifiers],
        ListedOn = listedOn,
        Remarks = _remarks.Count == 0 ? null : string.Join("\n\n", _remarks),
    };

    private static void AddDistinct<T>(List<T> list, T? value)
    {
        if (value is not null && !list.Contains(value))
        {
            list.Add(value);
        }
    }
}
