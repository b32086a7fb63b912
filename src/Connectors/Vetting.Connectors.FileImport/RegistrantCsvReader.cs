using System.Globalization;
using nietras.SeparatedValues;

namespace Vetting.Connectors.FileImport;

/// <summary>
/// Reads a registrant CSV as people export it: UTF-8 with or without a byte-order mark, <c>,</c> or <c>;</c> (Excel in
/// many locales) or tab as delimiter, quoted fields with line breaks, our headers or Zoom's. Every data row comes back:
/// screenable, or with the reason it is not (invalid UTF-8, no name at all, an oversized field) — nothing is dropped.
/// </summary>
public static class RegistrantCsvReader
{
    /// <summary>Largest registrant file accepted.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    /// <exception cref="InvalidDataException">The file cannot be read as a registrant CSV at all (empty, no usable header, too large).</exception>
    public static IEnumerable<RegistrantCsvRow> Read(string path, int maxFieldLength)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new InvalidDataException($"{path}: no such file");
        }

        if (info.Length > MaxFileBytes)
        {
            throw new InvalidDataException($"{info.Name}: {info.Length} bytes is more than the {MaxFileBytes} accepted");
        }

        var (text, invalidLines) = Utf8Text.Decode(File.ReadAllBytes(path));
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidDataException($"{info.Name}: the file is empty");
        }

        return ReadText(text, info.Name, maxFieldLength, invalidLines);
    }

    /// <param name="invalidLines">Lines (1-based) that held bytes that are not UTF-8; rows touching them are refused.</param>
    internal static IEnumerable<RegistrantCsvRow> ReadText(string text, string fileName, int maxFieldLength, IReadOnlySet<long>? invalidLines = null)
    {
        invalidLines ??= new HashSet<long>();
        if (invalidLines.Contains(1))
        {
            throw new InvalidDataException($"{fileName}:1: the header line is not valid UTF-8 (save the file as UTF-8)");
        }

        var separator = DetectSeparator(text);
        using var reader = Sep.Reader(o => o with { Sep = new Sep(separator), HasHeader = true, Unescape = true, DisableColCountCheck = true })
            .FromText(text);
        var fields = reader.Header.ColNames.Select(RegistrantColumns.FieldFor).ToArray();
        if (!fields.Any(f => f is RegistrantColumns.FirstName or RegistrantColumns.LastName or RegistrantColumns.Email or RegistrantColumns.Organization))
        {
            throw new InvalidDataException($"{fileName}:1: the header names none of first_name, last_name, email, organization (or Zoom's First Name, Last Name, Email, Organization)");
        }

        var rowNumber = 0;
        foreach (var row in reader)
        {
            rowNumber++;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < Math.Min(row.ColCount, fields.Length); i++)
            {
                if (fields[i] is { } field && !values.ContainsKey(field))
                {
                    values[field] = row[i].ToString();
                }
            }

            var (from, to) = (row.LineNumberFrom, row.LineNumberToExcl);
            var registrant = ToRegistrant(rowNumber, from, values, maxFieldLength);
            yield return invalidLines.Count > 0 && invalidLines.Any(l => l >= from && l < to)
                ? new RegistrantCsvRow(rowNumber, from, registrant.Id, "invalid UTF-8 in the row (save the file as UTF-8)")
                : registrant;
        }
    }

    private static RegistrantCsvRow ToRegistrant(int rowNumber, long line, Dictionary<string, string> raw, int maxFieldLength)
    {
        var id = raw.GetValueOrDefault(RegistrantColumns.Id)?.Trim() is { Length: > 0 and <= 200 } given
            ? InvisibleCharacters.Strip(given, out _)
            : rowNumber.ToString(CultureInfo.InvariantCulture);
        var oversized = raw.FirstOrDefault(kv => kv.Value.Length > maxFieldLength);
        if (oversized.Key is not null)
        {
            return new RegistrantCsvRow(rowNumber, line, id, $"field {oversized.Key} is {oversized.Value.Length} characters long; at most {maxFieldLength} are screened");
        }

        var notes = new List<string>();
        string Field(string name)
        {
            var value = InvisibleCharacters.Strip(raw.GetValueOrDefault(name) ?? "", out var changed).Trim();
            if (changed)
            {
                notes.Add($"control or direction-override characters removed from {name}");
            }

            return value;
        }

        var registrant = new RegistrantCsvRow(rowNumber, line, id, null)
        {
            FirstName = Field(RegistrantColumns.FirstName),
            LastName = Field(RegistrantColumns.LastName),
            Email = Field(RegistrantColumns.Email),
            Organization = Field(RegistrantColumns.Organization),
            JobTitle = Field(RegistrantColumns.JobTitle),
            Country = Field(RegistrantColumns.Country),
            Notes = notes,
        };
        return registrant.FirstName.Length + registrant.LastName.Length + registrant.Email.Length + registrant.Organization.Length == 0
            ? registrant with { Problem = "no name, e-mail or organisation to screen" }
            : registrant;
    }

    /// <summary>The delimiter of the header line: the most frequent of <c>,</c> <c>;</c> and tab outside quotes.</summary>
    private static char DetectSeparator(string text)
    {
        var counts = new Dictionary<char, int> { [','] = 0, [';'] = 0, ['\t'] = 0 };
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && counts.TryGetValue(c, out var count))
            {
                counts[c] = count + 1;
            }
        }

        return counts.MaxBy(kv => kv.Value).Key;
    }
}
