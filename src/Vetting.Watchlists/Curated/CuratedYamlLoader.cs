using System.Text.Unicode;
using Vetting.Watchlists.Importing;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Vetting.Watchlists.Curated;

/// <summary>
/// Loads a curated file into YamlDotNet's representation model, which keeps the line of every node. Refuses files
/// over <see cref="MaxFileBytes"/>, bytes that are not UTF-8, YAML syntax errors, anchors and aliases (<c>&amp;</c>,
/// <c>*</c>: never needed in a hand-edited list, and the way to blow a small file up), and more than one document.
/// </summary>
internal static class CuratedYamlLoader
{
    public const int MaxFileBytes = 8 * 1024 * 1024;

    /// <summary>The root node of the single document.</summary>
    public static YamlNode Load(string file)
    {
        var text = ReadText(file);
        var parser = new GuardedParser(new Parser(new StringReader(text)), file);
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            throw new WatchlistFormatException(file, "not valid YAML: " + ex.Message, ex.Start.Line, ex.Start.Column, ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner fails this way on some unclosed flow collections ("[a, b" at the end of a line).
            throw new WatchlistFormatException(file, "not valid YAML (an unclosed [ or {?)", parser.LastLine, inner: ex);
        }

        return stream.Documents.Count switch
        {
            0 => throw new WatchlistFormatException(file, "the file is empty", line: 1),
            1 => stream.Documents[0].RootNode,
            _ => throw new WatchlistFormatException(
                file, "more than one YAML document ('---'): one list per file", stream.Documents[1].RootNode.Start.Line),
        };
    }

    private static string ReadText(string file)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(file);
            if (info.Exists && info.Length > MaxFileBytes)
            {
                throw new WatchlistFormatException(file, $"the file is larger than {MaxFileBytes / (1024 * 1024)} MiB");
            }

            bytes = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new WatchlistFormatException(file, "the file cannot be opened: " + ex.Message, inner: ex);
        }

        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        var chars = new char[span.Length];
        if (Utf8.ToUtf16(span, chars, out var read, out var written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
        {
            throw new WatchlistFormatException(file, "invalid UTF-8 byte sequence", span[..read].Count((byte)'\n') + 1);
        }

        return new string(chars, 0, written);
    }

    /// <summary>
    /// Passes parser events through, remembering the last line and refusing anchors, aliases and nesting deeper
    /// than <see cref="MaxDepth"/> (the representation model recurses once per level).
    /// </summary>
    private sealed class GuardedParser(IParser inner, string file) : IParser
    {
        private const int MaxDepth = 32;
        private int _depth;

        public long LastLine { get; private set; } = 1;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext())
            {
                return false;
            }

            var current = inner.Current;
            if (current is not null)
            {
                LastLine = current.End.Line;
                _depth += current.NestingIncrease;
                if (_depth > MaxDepth)
                {
                    throw new WatchlistFormatException(file, $"nested more than {MaxDepth} levels deep", current.Start.Line);
                }

                if (current is AnchorAlias || (current is NodeEvent node && !node.Anchor.IsEmpty))
                {
                    throw new WatchlistFormatException(file, "anchors and aliases (& and *) are not allowed in a curated list", current.Start.Line);
                }
            }

            return true;
        }
    }
}
