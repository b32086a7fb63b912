namespace Vetting.Service.Cli.Screening;

/// <summary>
/// A CSV cell that a spreadsheet shows as text: quoted, quotes doubled, and a leading <c>= + - @</c>, tab or carriage
/// return defused with an apostrophe (OWASP's advice against CSV formula injection).
/// </summary>
internal static class CsvCell
{
    public static string Inert(string value)
    {
        var text = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
