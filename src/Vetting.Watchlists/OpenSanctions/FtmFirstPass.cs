using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.OpenSanctions;

/// <summary>
/// Pass 1 over an FtM file: checks every line (encoding, JSON, length), gathers the helper facts and the target
/// ids, datasets and dates. Nothing is yielded before the whole file has been checked once.
/// </summary>
internal static class FtmFirstPass
{
    public static FtmHelperIndex Run(string file, ImportContext context, CancellationToken cancellationToken)
    {
        var index = new FtmHelperIndex();
        var lines = 0;
        var targets = 0;
        foreach (var record in FtmLines.Read(file, cancellationToken))
        {
            lines++;
            if (FtmSchemata.TryGetKind(record.Schema, out _))
            {
                if (record.IsTarget)
                {
                    targets++;
                    index.AddTarget(record);
                }
            }
            else if (FtmSchemata.IsHelper(record.Schema))
            {
                index.AddHelper(record);
            }
            else if (record.IsTarget)
            {
                context.Warn(file, record.Line, $"entity {record.Id}: schema {record.Schema} is not imported", recordSkipped: true);
            }
        }

        if (lines == 0)
        {
            throw new WatchlistFormatException(file, "the file is empty", line: 1);
        }

        if (targets == 0)
        {
            throw new WatchlistFormatException(file, $"none of the {lines} entities is a listed person, organisation, vessel or aircraft");
        }

        return index;
    }
}
