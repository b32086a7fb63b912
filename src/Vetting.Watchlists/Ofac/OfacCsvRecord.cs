using System.Globalization;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Ofac;

/// <summary>One CSV record: the line it starts on and its fields, null for a blank field or the <c>-0-</c> marker.</summary>
internal sealed record OfacCsvRecord(long Line, IReadOnlyList<string?> Fields)
{
    /// <summary>The field trimmed; null when absent, blank or <c>-0-</c>.</summary>
    public string? this[int index] => Verbatim(index)?.Trim();

    /// <summary>The field as written between its quotes (leading and trailing spaces kept).</summary>
    public string? Verbatim(int index) => index < Fields.Count ? Fields[index] : null;

    /// <summary>Fails unless the record has exactly the columns of its file (a different count means another format or a cut).</summary>
    public OfacCsvRecord Expect(string file, int fieldCount, string fileKind) => Fields.Count == fieldCount
        ? this
        : throw new WatchlistFormatException(file, $"expected {fieldCount} fields of {fileKind}, found {Fields.Count}", Line);

    /// <summary>The <c>ent_num</c> in the first field, the key that joins the four files.</summary>
    public int EntNum(string file) =>
        int.TryParse(this[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new WatchlistFormatException(file, "first field is not an ent_num (a positive number)", Line, 1);
}
