using System.Globalization;
using System.Text;

namespace Vetting.Connectors.FileImport;

/// <summary>
/// Removes what a registrant cannot see but a matcher or a terminal would: control characters, bidirectional
/// overrides and other format characters (tabs and line breaks become spaces). The zero-width non-joiner and joiner stay: they are part
/// of how names are spelt in Persian, Arabic-script and Indic writing (the matcher ignores them when it compares).
/// </summary>
internal static class InvisibleCharacters
{
    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';

    public static string Strip(string text, out bool changed)
    {
        changed = false;
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var category = char.GetUnicodeCategory(c);
            var invisible = category is UnicodeCategory.Control or UnicodeCategory.Format && c is not (ZeroWidthNonJoiner or ZeroWidthJoiner);
            if (invisible)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                changed = true;
                if (char.IsWhiteSpace(c))
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
