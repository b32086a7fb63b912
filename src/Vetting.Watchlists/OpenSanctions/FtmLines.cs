using System.Text.Json;
using System.Text.Unicode;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.OpenSanctions;

/// <summary>
/// Streams the entities of an FtM JSON-lines file, one parsed line at a time. Blank lines are skipped; a line
/// that is not valid UTF-8, not a JSON object, or has no <c>id</c> or <c>schema</c> stops the import with its position.
/// </summary>
internal static class FtmLines
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    public static IEnumerable<FtmRecord> Read(string file, CancellationToken cancellationToken)
    {
        using var reader = new Utf8LineReader(OpenRead(file), file);
        while (reader.TryReadLine(out var bytes))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (bytes.Span.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            if (!Utf8.IsValid(bytes.Span))
            {
                throw new WatchlistFormatException(file, "invalid UTF-8 byte sequence", reader.LineNumber);
            }

            using var document = Parse(bytes, file, reader.LineNumber);
            yield return ToRecord(document.RootElement, file, reader.LineNumber);
        }
    }

    private static FileStream OpenRead(string file)
    {
        try
        {
            return new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new WatchlistFormatException(file, "the file cannot be opened: " + ex.Message, inner: ex);
        }
    }

    private static JsonDocument Parse(ReadOnlyMemory<byte> bytes, string file, long line)
    {
        try
        {
            return JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException ex)
        {
            throw new WatchlistFormatException(
                file, "not a JSON object (an FtM file holds one entity per line; truncated or not FtM?)",
                line, (ex.BytePositionInLine ?? 0) + 1, ex);
        }
    }

    private static FtmRecord ToRecord(JsonElement root, string file, long line)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new WatchlistFormatException(file, "not an FtM entity: the line is not a JSON object", line);
        }

        var id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString()?.Trim() : null;
        var schema = root.TryGetProperty("schema", out var schemaValue) && schemaValue.ValueKind == JsonValueKind.String
            ? schemaValue.GetString()?.Trim()
            : null;
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(schema))
        {
            throw new WatchlistFormatException(file, "not an FtM entity: no \"id\" or \"schema\"", line);
        }

        return new FtmRecord(line, id, schema, root);
    }
}
