using System.Xml.Linq;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Common;

/// <summary>The record loop the XML list readers share: native ids, skips, duplicates and the publisher's date.</summary>
internal static class XmlRecordDrafts
{
    /// <summary>
    /// Each record element named in <paramref name="recordNames"/> with a fresh <see cref="EntityDraft"/>. A record
    /// without a native id is skipped with a warning, a repeated id throws, and a file without records gets a
    /// warning. Other elements listed in <paramref name="headerNames"/> go to <paramref name="onHeader"/>.
    /// </summary>
    public static IEnumerable<(XmlRecord Record, EntityDraft Draft)> Drafts(
        this XmlRecordStream xml,
        string file,
        ImportContext context,
        IReadOnlySet<string> recordNames,
        (string Name, Func<XElement, string?> Read) nativeId,
        CancellationToken cancellationToken,
        IReadOnlySet<string>? headerNames = null,
        Action<XmlRecord>? onHeader = null)
    {
        var names = headerNames is null ? recordNames : recordNames.Union(headerNames).ToHashSet(StringComparer.Ordinal);
        var ids = new DuplicateIdGuard(file);
        var records = 0;
        foreach (var record in xml.ReadElements(names, cancellationToken))
        {
            if (!recordNames.Contains(record.Name))
            {
                onHeader?.Invoke(record);
                continue;
            }

            records++;
            if (nativeId.Read(record.Element) is not { } id)
            {
                context.Warn(file, record.Line, $"{record.Name} record without {nativeId.Name}; skipped", recordSkipped: true);
                continue;
            }

            ids.Add(id, record.Line);
            yield return (record, new EntityDraft(file, record.Line, id, context));
        }

        if (records == 0)
        {
            context.Warn(file, null, $"the file holds no {string.Join(" or ", recordNames.Order(StringComparer.Ordinal))} record");
        }
    }

    /// <summary>Sets the publisher's date from the header text, warning (with the line) when there is text but no date.</summary>
    public static void SetPublisherDate(
        ImportContext context, string file, long line, string field, string? text, Func<string?, DateTimeOffset?> parse)
    {
        context.PublisherDate = parse(text);
        if (text is not null && context.PublisherDate is null)
        {
            context.Warn(file, line, $"{field} is not a date this reader understands");
        }
    }
}
