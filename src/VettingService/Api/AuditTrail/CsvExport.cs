using System.Text;
using Vetting.Service.Cli.Screening;

namespace Vetting.Service.Api.AuditTrail;

/// <summary>
/// Writes CSV a spreadsheet opens as inert text: every cell quoted, and a leading <c>= + - @</c>, tab or carriage return
/// defused (<see cref="CsvCell"/>). UTF-8 with a byte-order mark so Excel shows Cyrillic and Arabic names correctly.
/// </summary>
internal static class CsvExport
{
    public static async Task WriteRowAsync(StreamWriter writer, IEnumerable<string?> cells, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var line = string.Join(',', cells.Select(c => CsvCell.Inert(c ?? "")));
        await writer.WriteAsync(line.AsMemory(), cancellationToken);
        await writer.WriteAsync("\r\n".AsMemory(), cancellationToken);
    }

    public static StreamWriter Open(Stream body) => new(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true);
}
