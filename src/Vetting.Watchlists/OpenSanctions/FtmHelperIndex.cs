using System.Globalization;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;

namespace Vetting.Watchlists.OpenSanctions;

/// <summary>
/// The small facts that helper records contribute to their entities, gathered in the first pass over a file:
/// sanctions (programme, listing date, link) and identity documents by entity id, addresses by address id.
/// Only these facts are kept, never whole records, and repeated strings (programme ids, links) are shared.
/// References to entities that are not in the file are simply never looked up.
/// </summary>
internal sealed class FtmHelperIndex
{
    private readonly Dictionary<string, FtmSanctionSummary> _sanctions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EntityIdentifier>> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PostalAddress> _addresses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);

    public DuplicateIdDetector Ids { get; } = new();

    public OpenSanctionsDatasets Datasets { get; } = new();

    /// <summary>The latest <c>last_seen</c> of a target: when OpenSanctions last saw the data.</summary>
    public DateTimeOffset? LatestSeen { get; private set; }

    public FtmSanctionSummary? SanctionsOf(string entityId) => _sanctions.GetValueOrDefault(entityId);

    public IReadOnlyList<EntityIdentifier> DocumentsOf(string entityId) =>
        _documents.TryGetValue(entityId, out var documents) ? documents : [];

    public PostalAddress? Address(string addressId) => _addresses.GetValueOrDefault(addressId);

    public void AddTarget(in FtmRecord record)
    {
        Ids.Observe(record.Id, record.Line);
        Datasets.Observe(record.TopLevel("datasets"));
        if (DateTimeOffset.TryParse(record.TopLevelString("last_seen"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var seen)
            && (LatestSeen is null || seen > LatestSeen))
        {
            LatestSeen = seen;
        }
    }

    public void AddHelper(in FtmRecord record)
    {
        switch (record.Schema)
        {
            case "Sanction":
                AddSanction(record);
                break;
            case "Passport" or "Identification":
                AddDocument(record);
                break;
            case "Address":
                AddAddress(record);
                break;
        }
    }

    private void AddSanction(in FtmRecord record)
    {
        var programme = Share(record.First("programId") ?? record.First("program"));
        var listedOn = FirstDate(record.Values("listingDate")) ?? FirstDate(record.Values("startDate"));
        var sourceUrl = record.First("sourceUrl");
        foreach (var entity in record.Values("entity"))
        {
            if (!_sanctions.TryGetValue(entity, out var summary))
            {
                summary = new FtmSanctionSummary();
                _sanctions[entity] = summary;
            }

            summary.Add(programme, listedOn, sourceUrl);
        }
    }

    private void AddDocument(in FtmRecord record)
    {
        var number = record.First("number");
        if (number is null)
        {
            return;
        }

        var type = record.Schema == "Passport" ? IdentifierType.Passport : IdentifierTypes.FromLabel(record.First("type") ?? "national id");
        var country = record.First("country") is { } raw ? CountryResolver.TryGetCode(raw) ?? raw : null;
        var identifier = new EntityIdentifier(type, number) { Country = Share(country), RawType = record.Schema };
        foreach (var holder in record.Values("holder"))
        {
            ListFor(_documents, holder).Add(identifier);
        }
    }

    private void AddAddress(in FtmRecord record)
    {
        var street = record.Values("street").Concat(record.Values("street2")).Concat(record.Values("postOfficeBox")).ToList();
        var city = record.First("city");
        var postalCode = record.First("postalCode");
        var country = record.First("country");
        var full = record.First("full") ?? string.Join(", ", street.Append(city).Append(postalCode).OfType<string>());
        if (full.Length == 0)
        {
            return;
        }

        _addresses[record.Id] = new PostalAddress
        {
            Lines = street,
            City = city,
            Region = record.First("region") ?? record.First("state"),
            PostalCode = postalCode,
            Country = country is null ? null : CountryResolver.Resolve(country),
            Raw = full,
        };
    }

    private static DateOnly? FirstDate(IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            if (value.Length >= 10
                && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
        }

        return null;
    }

    private string? Share(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (_shared.TryGetValue(text, out var existing))
        {
            return existing;
        }

        _shared[text] = text;
        return text;
    }

    private static List<T> ListFor<T>(Dictionary<string, List<T>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }
}
