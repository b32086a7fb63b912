using System.Globalization;
using System.Text.Json;
using Vetting.Connectors.FileImport;
using Vetting.Matching;

namespace Vetting.Service.Cli.Screening;

/// <summary>Writes screening results as JSON lines, CSV (inert against formula injection) or a readable table.</summary>
internal sealed class ScreeningOutput(TextWriter writer, string format) : IDisposable
{
    private readonly Utf8JsonWriterBox _json = new(writer);
    private bool _headerWritten;

    public void Write(RegistrantCsvRow registrant, ScreeningResult? result, string? error)
    {
        switch (format)
        {
            case "csv":
                WriteCsv(registrant, result, error);
                break;
            case "table":
                WriteTable(registrant, result, error);
                break;
            default:
                WriteJson(registrant, result, error);
                break;
        }
    }

    public void Dispose() => _json.Dispose();

    private void WriteJson(RegistrantCsvRow registrant, ScreeningResult? result, string? error)
    {
        var json = _json.Begin();
        json.WriteStartObject();
        json.WriteString("registrant", registrant.Id);
        if (result is null)
        {
            json.WriteString("error", $"row {registrant.Row} (line {registrant.Line}): {error}");
        }
        else
        {
            json.WriteString("decision", DecisionName(result.Decision));
            json.WriteNumber("score", Math.Round(result.Score, 4));
            json.WriteStartArray("matches");
            foreach (var m in result.Matches)
            {
                json.WriteStartObject();
                json.WriteString("entity", m.EntityId);
                json.WriteString("source", m.Source);
                json.WriteString("name", m.MatchedName);
                json.WriteNumber("score", Math.Round(m.Score, 4));
                json.WriteString("reason", m.Reason.ToString());
                json.WriteString("explanation", m.Explanation);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        _json.EndLine();
    }

    private void WriteCsv(RegistrantCsvRow registrant, ScreeningResult? result, string? error)
    {
        if (!_headerWritten)
        {
            writer.WriteLine("registrant,decision,score,entity,source,matched_name,explanation,error");
            _headerWritten = true;
        }

        var best = result is { Matches.Count: > 0 } ? result.Matches[0] : null;
        string[] cells =
        [
            registrant.Id,
            result is null ? "error" : DecisionName(result.Decision),
            result is null ? "" : result.Score.ToString("0.####", CultureInfo.InvariantCulture),
            best?.EntityId ?? "", best?.Source ?? "", best?.MatchedName ?? "", best?.Explanation ?? "",
            result is null ? $"row {registrant.Row}: {error}" : "",
        ];
        writer.WriteLine(string.Join(',', cells.Select(CsvCell.Inert)));
    }

    private void WriteTable(RegistrantCsvRow registrant, ScreeningResult? result, string? error)
    {
        if (result is null)
        {
            writer.WriteLine($"{ConsoleText.Safe(registrant.Id, 20),-20} ERROR   row {registrant.Row}: {error}");
            return;
        }

        var best = result.Matches.Count > 0 ? result.Matches[0] : null;
        var head = string.Create(CultureInfo.InvariantCulture, $"{ConsoleText.Safe(registrant.Id, 20),-20} {DecisionName(result.Decision),-7} {result.Score,5:0.00}  ");
        var match = best is null ? "" : $"{best.EntityId}  {ConsoleText.Safe(best.MatchedName, 60)}  {ConsoleText.Safe(best.Explanation, 160)}";
        writer.WriteLine(head + match);
    }

    internal static string DecisionName(Decision decision) => decision switch
    {
        Decision.Block => "block",
        Decision.Review => "review",
        _ => "clear",
    };

    /// <summary>Holds one JSON writer over the text writer, reset per line.</summary>
    private sealed class Utf8JsonWriterBox(TextWriter writer) : IDisposable
    {
        private readonly MemoryStream _buffer = new();
        private Utf8JsonWriter? _json;

        public Utf8JsonWriter Begin()
        {
            _buffer.SetLength(0);
            _json ??= new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            _json.Reset(_buffer);
            return _json;
        }

        public void EndLine()
        {
            _json!.Flush(); // Begin created it
            writer.WriteLine(System.Text.Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        }

        public void Dispose()
        {
            _json?.Dispose();
            _buffer.Dispose();
        }
    }
}
