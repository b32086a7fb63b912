using System.Text;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Ofac;

/// <summary>
/// The companion files of SDN.CSV, read before it and kept as small per-ent_num tables of parsed values: ALT.CSV
/// (aliases), ADD.CSV (addresses) and SDN_COMMENTS.CSV (remarks continuation). They are a fraction of SDN.CSV's size;
/// SDN.CSV itself is streamed and takes its rows out of these tables as it goes, so what is left at the end are rows
/// whose entry does not exist.
/// </summary>
internal sealed class OfacCsvSiblings
{
    private readonly Dictionary<int, List<EntityAlias>> _aliases = [];
    private readonly Dictionary<int, List<PostalAddress>> _addresses = [];
    private readonly Dictionary<int, StringBuilder> _comments = [];
    private readonly Dictionary<int, List<string>> _aliasRemarks = [];

    private OfacCsvSiblings()
    {
    }

    public static OfacCsvSiblings Load(WatchlistInput input, ImportContext context, CancellationToken cancellationToken)
    {
        var siblings = new OfacCsvSiblings();
        if (Locate(input, OfacCsvSet.AltRole, "ALT.CSV", "aliases", context) is { } alt)
        {
            foreach (var record in Records(alt, 5, "ALT.CSV", cancellationToken))
            {
                siblings.AddAlias(alt, record);
            }
        }

        if (Locate(input, OfacCsvSet.AddRole, "ADD.CSV", "addresses", context) is { } add)
        {
            foreach (var record in Records(add, 6, "ADD.CSV", cancellationToken))
            {
                siblings.AddAddress(add, record);
            }
        }

        if (Locate(input, OfacCsvSet.CommentsRole, "SDN_COMMENTS.CSV", "remarks continuations", context) is { } comments)
        {
            foreach (var record in Records(comments, 2, "SDN_COMMENTS.CSV", cancellationToken))
            {
                var entNum = record.EntNum(comments);
                Bucket(siblings._comments, entNum).Append(record.Verbatim(1));
            }
        }

        return siblings;
    }

    public IReadOnlyList<EntityAlias> TakeAliases(int entNum) => Take(_aliases, entNum) ?? [];

    public IReadOnlyList<PostalAddress> TakeAddresses(int entNum) => Take(_addresses, entNum) ?? [];

    /// <summary>Remarks of alias rows (<c>alt_remarks</c>); empty in every OFAC file seen, kept if ever present.</summary>
    public IReadOnlyList<string> TakeAliasRemarks(int entNum) => Take(_aliasRemarks, entNum) ?? [];

    /// <summary>The continuation of a remark cut at 1,000 characters; it continues mid-word.</summary>
    public string? TakeComment(int entNum) => Take(_comments, entNum)?.ToString();

    /// <summary>Reports sibling rows whose ent_num was not in SDN.CSV (counts only).</summary>
    public void WarnOrphans(string mainFile, ImportContext context)
    {
        foreach (var (count, what) in new[] { (_aliases.Count, "aliases"), (_addresses.Count, "addresses"), (_comments.Count, "remarks continuations") })
        {
            if (count > 0)
            {
                context.Warn(mainFile, null, $"{count} ent_num(s) with {what} in a companion file are not in this file; ignored");
            }
        }
    }

    private void AddAlias(string file, OfacCsvRecord record)
    {
        var entNum = record.EntNum(file);
        if (record[4] is { } remark)
        {
            Bucket(_aliasRemarks, entNum).Add(remark);
        }

        if (record[3] is { } name)
        {
            Bucket(_aliases, entNum).Add(new EntityAlias(name) { Type = OfacNames.AliasTypeOf(record[2]) });
        }
    }

    private void AddAddress(string file, OfacCsvRecord record)
    {
        var entNum = record.EntNum(file);
        string?[] lines = [record[2], record[3], record[5]];
        var country = record[4];
        if (lines.All(l => l is null) && country is null)
        {
            return;
        }

        Bucket(_addresses, entNum).Add(new PostalAddress
        {
            Lines = [.. lines.OfType<string>()],
            Country = country is null ? null : OfacPlaces.Country(country),
            Raw = string.Join(", ", lines.Append(country).OfType<string>()),
        });
    }

    private static string? Locate(WatchlistInput input, string key, string fileKind, string what, ImportContext context)
    {
        if (input.Siblings.TryGetValue(key, out var path) && !string.IsNullOrWhiteSpace(path))
        {
            return path;
        }

        context.Warn(input.MainFile, null, $"{fileKind} not supplied: entries carry no {what} from it");
        return null;
    }

    private static IEnumerable<OfacCsvRecord> Records(string file, int fieldCount, string fileKind, CancellationToken cancellationToken)
    {
        using var reader = new OfacCsvRecordReader(file);
        while (reader.Read() is { } record)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return record.Expect(file, fieldCount, fileKind);
        }
    }

    private static TValue Bucket<TValue>(Dictionary<int, TValue> table, int key)
        where TValue : new()
    {
        if (!table.TryGetValue(key, out var bucket))
        {
            bucket = new TValue();
            table.Add(key, bucket);
        }

        return bucket;
    }

    private static TValue? Take<TValue>(Dictionary<int, TValue> table, int key)
        where TValue : class => table.Remove(key, out var value) ? value : null;
}
