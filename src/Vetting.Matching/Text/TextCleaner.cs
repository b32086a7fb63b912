using System.Globalization;
using System.Text;

namespace Vetting.Matching.Text;

/// <summary>
/// First step of every comparison: compatibility-normalises (NFKC), removes control, format (bidirectional
/// overrides, zero-width characters), private-use, unassigned and lone-surrogate characters, and turns every kind
/// of space into one ASCII space. Case and punctuation are kept: the tokenizer still needs them.
/// </summary>
internal static class TextCleaner
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (IsAlreadyClean(text))
        {
            return text;
        }

        var source = text;
        if (!IsSafe(source))
        {
            source = StripUnsafe(source);
        }

        var normalized = source.IsNormalized(NormalizationForm.FormKC) ? source : source.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var c in normalized)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.SpaceSeparator:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                    pendingSpace = builder.Length > 0;
                    continue;
                case UnicodeCategory.Control:
                    pendingSpace = builder.Length > 0 && char.IsWhiteSpace(c) || pendingSpace;
                    continue;
                case UnicodeCategory.Format:
                case UnicodeCategory.PrivateUse:
                case UnicodeCategory.OtherNotAssigned:
                case UnicodeCategory.Surrogate:
                    continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Printable ASCII with single inner spaces: nothing to do (the common case).</summary>
    private static bool IsAlreadyClean(string text)
    {
        if (text[0] == ' ' || text[^1] == ' ')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' || c > '~' || (c == ' ' && text[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the text needs no character removal before NFKC (the common case, checked cheaply).</summary>
    private static bool IsSafe(string text)
    {
        foreach (var c in text)
        {
            if (char.IsSurrogate(c) || c < ' ' || (c >= '\u007f' && c <= '\u009f'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Drops lone surrogates (invalid UTF-16, which NFKC rejects) and C0/C1 controls other than whitespace.</summary>
    private static string StripUnsafe(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                continue;
            }
            else if (char.IsControl(c))
            {
                builder.Append(char.IsWhiteSpace(c) ? ' ' : '\u200b');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
