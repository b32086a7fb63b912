using System.Text;
using Vetting.Testing;

namespace Vetting.Connectors.FileImport.Tests.Reading;

/// <summary>Writes registrant exports as bytes, exactly as a spreadsheet or a broken exporter would.</summary>
internal static class CsvFile
{
    public static string Write(TempDirectory folder, string text, bool byteOrderMark = false) =>
        WriteBytes(folder, [.. (byteOrderMark ? Encoding.UTF8.Preamble.ToArray() : []), .. Encoding.UTF8.GetBytes(text)]);

    public static string WriteBytes(TempDirectory folder, byte[] bytes)
    {
        var path = folder.File("registrants-" + Guid.NewGuid().ToString("N")[..8] + ".csv");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>The text's UTF-8 bytes with <paramref name="raw"/> put in place of the marker <c>{{BAD}}</c>.</summary>
    public static byte[] WithRawBytes(string text, params byte[] raw)
    {
        var at = text.IndexOf("{{BAD}}", StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(text[..at]), .. raw, .. Encoding.UTF8.GetBytes(text[(at + 7)..])];
    }
}
