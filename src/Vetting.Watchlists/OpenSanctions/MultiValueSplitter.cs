using System.Text;

namespace Vetting.Watchlists.OpenSanctions;

/// <summary>
/// Splits a multi-valued column of <c>targets.simple.csv</c>. The values are themselves joined as a CSV record
/// with <c>;</c> as separator: a value holding a quote or <c>;</c> is quoted, with <c>""</c> for a quote. Empty
/// values (including a value of just two quote characters) are dropped; values are trimmed.
/// </summary>
internal static class MultiValueSplitter
{
    public static List<string> Split(string? text)
    {
        var values = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return values;
        }

        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                if (quoted && i + 1 < text.Length && text[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else
                {
                    quoted = !quoted;
                }
            }
            else if (c == ';' && !quoted)
            {
                Add(values, current);
            }
            else
            {
                current.Append(c);
            }
        }

        Add(values, current);
        return values;
    }

    private static void Add(List<string> values, StringBuilder current)
    {
        var value = current.ToString().Trim();
        current.Clear();
        if (value.Length > 0)
        {
            values.Add(value);
        }
    }
}
