using System.Globalization;

namespace Vetting.Matching.Text;

/// <summary>
/// Cuts cleaned text into tokens: runs of letters, combining marks and digits. Apostrophes stay inside a token
/// when a letter follows them (<c>L'vovich</c>, <c>Aks'onov</c>); hyphens and all other punctuation separate.
/// </summary>
internal static class Tokenizer
{
    public const int MaxTokens = 48;

    public static List<RawToken> Tokenize(string cleaned)
    {
        var tokens = new List<RawToken>();
        var segment = 0;
        var joined = false;
        var i = 0;
        while (i < cleaned.Length && tokens.Count < MaxTokens)
        {
            var c = cleaned[i];
            if (IsWordChar(cleaned, i) && !IsApostrophe(c))
            {
                var start = i;
                var plain = true;
                while (i < cleaned.Length)
                {
                    if (IsWordChar(cleaned, i) && !IsApostrophe(cleaned[i]))
                    {
                        i++;
                    }
                    else if (IsApostrophe(cleaned[i]) && i > start && i + 1 < cleaned.Length && char.IsLetter(cleaned[i + 1]))
                    {
                        plain &= cleaned[i] == '\'';
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                var text = cleaned[start..i];
                if (!plain)
                {
                    text = string.Create(text.Length, text, static (span, source) =>
                    {
                        for (var k = 0; k < span.Length; k++)
                        {
                            span[k] = IsApostrophe(source[k]) ? '\'' : source[k];
                        }
                    });
                }

                var abbreviated = i < cleaned.Length && cleaned[i] == '.';
                tokens.Add(new RawToken(text, segment, abbreviated, joined && start > 0));
                joined = false;
                continue;
            }

            if (c == ',' || c == ';')
            {
                segment++;
            }

            joined = IsHyphen(c);
            i++;
        }

        return tokens;
    }

    private static bool IsWordChar(string text, int index)
    {
        var c = text[index];
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        if (char.IsHighSurrogate(c) && index + 1 < text.Length)
        {
            return char.IsLetter(text, index);
        }

        if (char.IsLowSurrogate(c) && index > 0)
        {
            return char.IsLetter(text, index - 1);
        }

        // A combining mark belongs to a word only when it follows a letter, digit or another attached mark.
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark && index > 0 && IsWordChar(text, index - 1);
    }

    internal static bool IsApostrophe(char c) =>
        c is '\'' or '\u2019' or '\u2018' or '\u02bc' or '\u02b9' or '\u02ba' or '`' or '\u00b4' or '\u201d' or '\u02bb';

    private static bool IsHyphen(char c) =>
        c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' or '\u00ad';
}
