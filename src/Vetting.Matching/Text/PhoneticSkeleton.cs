using System.Text;

namespace Vetting.Matching.Text;

/// <summary>
/// The canonical phonetic form ("skeleton") of one lower-case token: the string every transliteration of the same
/// name collapses to, whatever script or system it was written in.
/// </summary>
internal static class PhoneticSkeleton
{
    public static string Build(string token, CyrillicLanguage language)
    {
        var raw = new StringBuilder(token.Length + 4);
        var start = 0;
        while (start < token.Length)
        {
            var kind = KindOf(token[start]);
            var end = start + 1;
            while (end < token.Length && KindOf(token[end]) == kind)
            {
                end++;
            }

            var part = token[start..end];
            switch (kind)
            {
                case 'C':
                    CyrillicSkeleton.Append(raw, part, language);
                    break;
                case 'A':
                    ArabicSkeleton.Append(raw, part);
                    break;
                case 'L':
                    LatinSkeleton.Append(raw, part);
                    break;
                default:
                    raw.Append(part);
                    break;
            }

            start = end;
        }

        var buffer = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
        raw.CopyTo(0, buffer, raw.Length);
        return SkeletonRules.Apply(buffer);
    }

    private static char KindOf(char c)
    {
        if (CyrillicSkeleton.IsCyrillic(c))
        {
            return 'C';
        }

        if (ArabicSkeleton.IsArabic(c))
        {
            return 'A';
        }

        if (c < '\u0250' || c == '\'' || c is >= '\u1e00' and <= '\u1eff')
        {
            return char.IsLetterOrDigit(c) || c == '\'' ? 'L' : '-';
        }

        return char.IsLetterOrDigit(c) ? 'O' : '-';
    }
}
