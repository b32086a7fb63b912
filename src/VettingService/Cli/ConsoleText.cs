using System.Text;

namespace Vetting.Service.Cli;

/// <summary>Makes text from lists and registrants safe to print on a terminal: no control or bidi-override characters.</summary>
internal static class ConsoleText
{
    public static string Safe(string text, int maxLength = 200)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength));
        foreach (var rune in text.EnumerateRunes())
        {
            if (builder.Length >= maxLength)
            {
                builder.Append('…');
                break;
            }

            var category = Rune.GetUnicodeCategory(rune);
            builder.Append(category is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
                ? "\uFFFD"
                : rune.ToString());
        }

        return builder.ToString();
    }
}
