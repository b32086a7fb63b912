using System.Globalization;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Ofac;

/// <summary>
/// OFAC legacy CSV set (formats doc §2.2): SDN.CSV streamed row by row, joined by ent_num with ALT.CSV, ADD.CSV and
/// SDN_COMMENTS.CSV (siblings <c>alt</c>, <c>add</c>, <c>comments</c>; each optional). The format has no publisher
/// date. Default source <c>ofac-sdn</c>; the consolidated CSVs are the same format and are imported with the
/// <c>ofac-cons</c> override.
/// </summary>
internal sealed class OfacCsvReader : IWatchlistReader
{
    private const int SdnFields = 12;

    public WatchlistFormat Format => WatchlistFormat.OfacCsv;

    public IEnumerable<WatchlistEntity> Read(WatchlistInput input, ImportContext context, CancellationToken cancellationToken)
    {
        context.Source = WatchlistSources.OfacSdn;
        var source = context.ResolveSource(WatchlistSources.OfacSdn);
        var file = input.MainFile;

        // Open the main file first: a missing SDN.CSV should fail before the siblings are read.
        using var reader = new OfacCsvRecordReader(file);
        var siblings = OfacCsvSiblings.Load(input, context, cancellationToken);
        var ids = new DuplicateIdGuard(file);
        var records = 0;
        while (reader.Read() is { } record)
        {
            cancellationToken.ThrowIfCancellationRequested();
            records++;
            record.Expect(file, SdnFields, "SDN.CSV");
            var entNum = record.EntNum(file);
            ids.Add(entNum.ToString(CultureInfo.InvariantCulture), record.Line);
            if (Map(record, entNum, source, siblings, new EntityDraft(file, record.Line, Id(entNum), context)) is { } entity)
            {
                yield return entity;
            }
        }

        if (records == 0)
        {
            throw new WatchlistFormatException(file, "the file is empty (no SDN rows)");
        }

        if (!reader.EndedWithDosEndOfFile)
        {
            context.Warn(file, null, "no DOS end-of-file byte after the last row; the file may be cut short");
        }

        siblings.WarnOrphans(file, context);
    }

    private static WatchlistEntity? Map(OfacCsvRecord row, int entNum, string source, OfacCsvSiblings siblings, EntityDraft draft)
    {
        // Take the sibling rows even when the entry is skipped, so they are not reported as orphans.
        var aliases = siblings.TakeAliases(entNum);
        var addresses = siblings.TakeAddresses(entNum);
        var aliasRemarks = siblings.TakeAliasRemarks(entNum);
        var continuation = siblings.TakeComment(entNum);

        if (draft.PrimaryName(row[1]) is not { } name)
        {
            return null;
        }

        var kind = OfacNames.KindOf(row[2]);
        if (kind == EntityKind.Unknown)
        {
            draft.Warn("unknown SDN_Type; kind left unknown");
        }

        foreach (var programme in OfacNames.SplitProgrammes(row[3]))
        {
            draft.AddProgramme(programme);
        }

        draft.AddPositions(row[4]);
        foreach (var alias in aliases)
        {
            draft.AddAlias(alias.Name, alias.Quality, alias.Type);
        }

        foreach (var address in addresses)
        {
            draft.AddAddress(address);
        }

        // Remarks are cut at 1,000 characters; SDN_COMMENTS.CSV holds the rest, continuing mid-word (or after a space
        // the cut kept at the end of the first part, hence the verbatim values).
        var remarks = (row.Verbatim(11) + continuation).Trim() is { Length: > 0 } joined ? joined : null;
        if (remarks is not null)
        {
            OfacRemarksParser.Apply(remarks, draft);
            draft.AddRemark(remarks);
        }

        foreach (var remark in aliasRemarks)
        {
            draft.AddRemark(remark);
        }

        draft.AddVessel(callSign: row[5], flag: row[9], vesselType: row[6], tonnage: row[7], grossTonnage: row[8], owner: row[10]);
        var primary = kind == EntityKind.Person ? OfacNames.WithPartsFromDisplay(name) : name;
        return draft.Build(source, kind, primary, listedOn: null);
    }

    private static string Id(int entNum) => entNum.ToString(CultureInfo.InvariantCulture);
}
