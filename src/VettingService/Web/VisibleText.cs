using System.Globalization;
using System.Text;

namespace Vetting.Service.Web;

/// <summary>
/// Shows what a registrant typed without letting invisible characters deceive the reviewer: direction overrides and
/// isolates (which can make "exe.tropmi" read as "import.exe"), zero-width marks and other format or control characters
/// become visible <c>[U+202E]</c> tokens. Letters of every script are left as they are.
/// </summary>
internal static class VisibleText
{
    public static string Reveal(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(IsHidden))
        {
            return text ?? "";
        }

        var shown = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsHidden(c))
            {
                shown.Append(CultureInfo.InvariantCulture, $"[U+{(int)c:X4}]");
            }
            else
            {
                shown.Append(c);
            }
        }

        return shown.ToString();
    }

    /// <summary>
    /// Controls, and format characters other than the zero-width non-joiner and joiner (part of Persian and Indic
    /// spelling): bidi embeddings, overrides, isolates and marks, zero-width space, soft hyphen, BOM.
    /// </summary>
    private static bool IsHidden(char c) =>
        c is not ('\u200C' or '\u200D')
        && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format;
}
