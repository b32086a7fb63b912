using System.Globalization;
using System.Text;

namespace Vetting.Connectors.FileImport;

/// <summary>
/// Removes what a registrant cannot see but a matcher or a terminal would: control characters, bidirectional
/// overrides and other format characters (zero-width joiners excepted inside words are removed too).
/// </summary>
internal static class InvisibleCharacters
{
    public static string Strip(string text, out bool changed)
    {
        changed = false;
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var category = char.GetUnicodeCategory(c);
            var invisible = category is UnicodeCategory.Control or UnicodeCategory.Format && c != '\t';
            if (invisible || c == '\t')
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                changed = true;
                if (c == '\t')
                {
                    builder.Append(' ');
                }

                continue;
            }

            builder?.Append(c);
        }

        return builder?.ToString() ?? text;
    }
}
