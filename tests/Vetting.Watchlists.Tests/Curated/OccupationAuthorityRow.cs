using nietras.SeparatedValues;

namespace Vetting.Watchlists.Tests.Curated;

/// <summary>One row of <c>shared/fixtures/curated/occupation-authorities.csv</c> (columns in its README).</summary>
internal sealed record OccupationAuthorityRow(
    string Kind, string NameEn, string NameRu, string NameUk, string Aliases, string Domains, string Position,
    string Lists, string SourceUrls, string Confidence, string Note)
{
    public static List<OccupationAuthorityRow> ReadAll(string csvPath)
    {
        using var reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true }).FromFile(csvPath);
        var rows = new List<OccupationAuthorityRow>();
        foreach (var row in reader)
        {
            rows.Add(new OccupationAuthorityRow(
                Col(row, "kind"), Col(row, "name_en"), Col(row, "name_ru"), Col(row, "name_uk"), Col(row, "aliases"),
                Col(row, "domains"), Col(row, "position"), Col(row, "lists"), Col(row, "source_urls"), Col(row, "confidence"),
                Col(row, "note")));
        }

        return rows;
    }

    /// <summary>A <c>;</c>-separated column as its items (trimmed, empty ones dropped).</summary>
    public static List<string> Split(string value, string separator = ";") =>
        value.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static string Col(SepReader.Row row, string name) => row[name].ToString().Trim();
}
