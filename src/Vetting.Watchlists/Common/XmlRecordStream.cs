using System.Text;
using System.Xml;
using System.Xml.Linq;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Common;

/// <summary>
/// Streams the record elements of an XML list file one at a time (<see cref="XNode.ReadFrom"/> on each record,
/// so one record is in memory), matching on local names and ignoring namespaces. Decodes strict UTF-8, prohibits
/// DTDs, bounds every record to <see cref="ImportLimits.MaxRecordChars"/> (plus the parser's look-ahead, a buffer's
/// worth) and turns every structural problem
/// (empty, not XML, wrong root, malformed or truncated, invalid bytes, oversized) into a
/// <see cref="WatchlistFormatException"/> with the file and position.
/// </summary>
internal sealed class XmlRecordStream : IDisposable
{
    private const int BufferSize = 64 * 1024;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private readonly string _file;
    private readonly BoundedTextReader _text;
    private XmlReader? _reader;
    private readonly Dictionary<string, string> _rootAttributes = new(StringComparer.Ordinal);
    private bool _positioned;
    private long _recordLine;

    private XmlRecordStream(string file, BoundedTextReader text)
    {
        _file = file;
        _text = text;
    }

    /// <summary>The parser; created in <see cref="ReadRoot"/>, inside the error handling, since creating it already reads.</summary>
    private XmlReader Xml => _reader ?? throw new InvalidOperationException("the root element has not been read");

    /// <summary>Opens the file and checks its root element (local name; namespace too when one is expected and present).</summary>
    public static XmlRecordStream Open(string file, string rootName, string? rootNamespace = null)
    {
        if (new FileInfo(file).Length == 0)
        {
            throw new WatchlistFormatException(file, "the file is empty");
        }

        var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        var decoder = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true),
            detectEncodingFromByteOrderMarks: false, BufferSize);
        var records = new XmlRecordStream(file, new BoundedTextReader(decoder, ImportLimits.MaxRecordChars));
        try
        {
            records.ReadRoot(rootName, rootNamespace);
            return records;
        }
        catch
        {
            records.Dispose();
            throw;
        }
    }

    /// <summary>A root attribute by local name, trimmed; null when absent or empty.</summary>
    public string? RootAttribute(string localName) =>
        _rootAttributes.TryGetValue(localName, out var value) && value.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    /// <summary>
    /// Every element below the root whose local name is in <paramref name="names"/>, in document order; an element
    /// read this way is consumed whole, so elements nested inside it are not returned separately.
    /// </summary>
    public IEnumerable<XmlRecord> ReadElements(IReadOnlySet<string> names, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Guarded(() => Next(names)) is not { } record)
            {
                yield break;
            }

            yield return record;
        }
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _text.Dispose();
    }

    private void ReadRoot(string rootName, string? rootNamespace)
    {
        var found = Guarded(() => (_reader = XmlReader.Create(_text, Settings)).MoveToContent() == XmlNodeType.Element, beforeRoot: true);
        if (!found)
        {
            throw new WatchlistFormatException(_file, "not an XML document (no root element)", Line(), Column());
        }

        var wrongNamespace = rootNamespace is not null && Xml.NamespaceURI.Length > 0
            && !string.Equals(Xml.NamespaceURI, rootNamespace, StringComparison.Ordinal);
        if (!string.Equals(Xml.LocalName, rootName, StringComparison.Ordinal))
        {
            throw new WatchlistFormatException(
                _file, $"wrong format: root element is '{Xml.LocalName}', expected '{rootName}'", Line(), Column());
        }

        if (wrongNamespace)
        {
            throw new WatchlistFormatException(
                _file, $"wrong format: root element '{rootName}' is in namespace '{Xml.NamespaceURI}', expected '{rootNamespace}'", Line(), Column());
        }

        for (var more = Xml.MoveToFirstAttribute(); more; more = Xml.MoveToNextAttribute())
        {
            _rootAttributes[Xml.LocalName] = Xml.Value;
        }

        Xml.MoveToElement();
    }

    private XmlRecord? Next(IReadOnlySet<string> names)
    {
        _recordLine = 0;
        while (_positioned || Xml.Read())
        {
            _positioned = false;
            if (Xml.NodeType == XmlNodeType.Element && names.Contains(Xml.LocalName))
            {
                _recordLine = Line() ?? 0;
                _text.ResetCount();
                var element = (XElement)XNode.ReadFrom(Xml);

                // ReadFrom leaves the reader on the node after the element, which may be the next record.
                _positioned = true;
                return new XmlRecord(element, _recordLine);
            }
        }

        return null;
    }

    private T Guarded<T>(Func<T> read, bool beforeRoot = false)
    {
        try
        {
            return read();
        }
        catch (InvalidDataException ex) when (_text.LimitExceeded)
        {
            var what = _recordLine > 0 ? $"the record starting at line {_recordLine}" : "a value";
            throw new WatchlistFormatException(
                _file, $"{what} is longer than {_text.Limit} characters", _recordLine > 0 ? _recordLine : Line(), inner: ex);
        }
        catch (DecoderFallbackException ex)
        {
            throw InvalidBytes(ex);
        }
        catch (XmlException ex) when (ex.InnerException is DecoderFallbackException)
        {
            throw InvalidBytes(ex);
        }
        catch (XmlException ex)
        {
            var problem = beforeRoot ? "not an XML document" : "malformed or truncated XML";
            throw new WatchlistFormatException(_file, $"{problem}: {ex.Message}", ex.LineNumber, ex.LinePosition, ex);
        }
    }

    private WatchlistFormatException InvalidBytes(Exception inner)
    {
        var at = Utf8ErrorLocator.Find(_file);
        return new WatchlistFormatException(_file, "invalid UTF-8 byte sequence", at?.Line ?? Line(), at?.Column, inner);
    }

    private long? Line() => _reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    private long? Column() => _reader is IXmlLineInfo info && info.HasLineInfo() ? info.LinePosition : null;
}
