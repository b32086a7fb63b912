using System.Text;
using System.Xml;

namespace Vetting.Watchlists.Importing;

/// <summary>
/// Finds the format of a list from its content (file) or its files (folder): the user never has to name it, though
/// <c>--format</c> may override. The OFAC CSV set is one input, given as its folder or as its SDN file.
/// </summary>
public static class WatchlistFormatDetector
{
    private const int SniffBytes = 64 * 1024;

    /// <summary>Resolves a user-given path into the files and format of one list.</summary>
    /// <exception cref="WatchlistFormatException">The path does not exist, is empty or is in no known format.</exception>
    public static (WatchlistFormat Format, WatchlistInput Input) Resolve(string path, WatchlistFormat? forced = null)
    {
        if (Directory.Exists(path))
        {
            return ResolveFolder(path, forced);
        }

        if (!File.Exists(path))
        {
            throw new WatchlistFormatException(path, "no such file or folder");
        }

        if (forced is { } f)
        {
            return (f, f == WatchlistFormat.OfacCsv ? OfacCsvSet.FromMainFile(path) : WatchlistInput.OneFile(path));
        }

        var format = DetectFile(path);
        return (format, format == WatchlistFormat.OfacCsv ? OfacCsvSet.FromMainFile(path) : WatchlistInput.OneFile(path));
    }

    /// <summary>Detects the format of one file from its first bytes.</summary>
    public static WatchlistFormat DetectFile(string path)
    {
        var head = ReadHead(path);
        if (head.Length == 0)
        {
            throw new WatchlistFormatException(path, "the file is empty", line: 1);
        }

        var text = Decode(head);
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('<'))
        {
            return DetectXml(path, head);
        }

        if (trimmed.StartsWith('{'))
        {
            return trimmed.Contains("\"schema\"", StringComparison.Ordinal)
                ? WatchlistFormat.OpenSanctionsFtm
                : throw new WatchlistFormatException(path, "JSON that is not FollowTheMoney entities (no \"schema\" key)", line: 1);
        }

        var firstLine = FirstLine(trimmed);
        if (firstLine.Replace("\"", "", StringComparison.Ordinal).StartsWith("id,schema,name", StringComparison.OrdinalIgnoreCase))
        {
            return WatchlistFormat.OpenSanctionsSimpleCsv;
        }

        if (OfacCsvSet.LooksLikeSdnRow(firstLine))
        {
            return OfacCsvSet.IsCompanionFileName(path)
                ? throw new WatchlistFormatException(path, "this is a companion file of an OFAC CSV set: name its SDN.CSV or the folder", line: 1)
                : WatchlistFormat.OfacCsv;
        }

        if (LooksLikeCuratedYaml(trimmed))
        {
            return WatchlistFormat.Curated;
        }

        throw new WatchlistFormatException(path, "unknown list format (not OFAC, EU, UN, UK, OpenSanctions or a curated list); use --format to force one", line: 1);
    }

    private static (WatchlistFormat, WatchlistInput) ResolveFolder(string folder, WatchlistFormat? forced)
    {
        var set = OfacCsvSet.FromFolder(folder);
        if (set is not null && forced is null or WatchlistFormat.OfacCsv)
        {
            return (WatchlistFormat.OfacCsv, set);
        }

        var files = Directory.GetFiles(folder);
        if (files.Length == 1)
        {
            return Resolve(files[0], forced);
        }

        throw new WatchlistFormatException(folder,
            set is null
                ? $"the folder holds {files.Length} files and no OFAC SDN.CSV set: name the list file itself"
                : "a folder is read as an OFAC CSV set only: name the list file itself");
    }

    private static WatchlistFormat DetectXml(string path, byte[] head)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, IgnoreWhitespace = true };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(head), settings);
            reader.MoveToContent();
            return reader.LocalName switch
            {
                "sdnList" => WatchlistFormat.OfacXml,
                "sanctionsData" => WatchlistFormat.OfacEnhancedXml,
                "export" when reader.NamespaceURI.Contains("fsd", StringComparison.OrdinalIgnoreCase) => WatchlistFormat.EuFsfXml,
                "CONSOLIDATED_LIST" => WatchlistFormat.UnXml,
                "Designations" => WatchlistFormat.UkXml,
                var other => throw new WatchlistFormatException(path, $"XML with root element <{Printable(other)}> is not a known list format", line: 1),
            };
        }
        catch (XmlException ex)
        {
            throw new WatchlistFormatException(path, "not well-formed XML: " + ex.Message, ex.LineNumber, ex.LinePosition, ex);
        }
    }

    private static bool LooksLikeCuratedYaml(string text)
    {
        foreach (var raw in text.Split('\n').Take(200))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#') || line == "---")
            {
                continue;
            }

            if (line.StartsWith("list:", StringComparison.Ordinal) || line.StartsWith("entries:", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static byte[] ReadHead(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[Math.Min(SniffBytes, stream.Length)];
        stream.ReadExactly(buffer);
        return buffer;
    }

    private static string Decode(byte[] head)
    {
        var span = head.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span[3..];
        }
        else if (span.StartsWith(Encoding.Unicode.Preamble))
        {
            return Encoding.Unicode.GetString(span[2..]);
        }

        return Encoding.UTF8.GetString(span);
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }

    private static string Printable(string name) => name.Length > 40 ? name[..40] + "…" : name;
}
