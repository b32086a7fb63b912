using System.Text.RegularExpressions;

namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>Legal-form words at the start or end of an organisation name (LLC, OOO, JSC, GmbH, S.A. de C.V....).</summary>
internal static partial class LegalForms
{
    /// <summary>The name without its legal forms and the quotes around what is left, or null when it has none.</summary>
    public static string? Strip(string name)
    {
        var text = name.Trim();
        var changed = false;
        while (true)
        {
            var next = Trailing().Replace(Leading().Replace(text, "", 1), "", 1).Trim().Trim(',', ' ').Trim();
            if (next == text)
            {
                break;
            }

            text = next;
            changed = true;
        }

        text = text.Trim('"', '«', '»', '\'', ' ');
        return changed && text.Count(char.IsLetter) >= 3 ? text : null;
    }

    public static bool Has(string name) => Strip(name) is not null;

    private const string Forms =
        @"L\.?L\.?C\.?|L\.?T\.?D\.?|LIMITED|LLP|PLC|INC\.?|INCORPORATED|CORP\.?|CORPORATION|COMPANY(?:\s+LIMITED)?|CO\.?,?\s*LTD\.?|CO\.|"
        + @"&\s*CO\.?|GMBH(?:\s*&\s*CO\.?\s*KG)?|AG|KG|"
        + @"S\.?\s?A\.?(?:\s+DE\s+C\.?\s?V\.?)?|S\.?\s?(?:C|P\.?\s?R)\.?\s+DE\s+R\.?\s?L\.?(?:\s+DE\s+C\.?\s?V\.?)?|"
        + @"S\.?\s?DE\s+R\.?\s?L\.?(?:\s+DE\s+C\.?\s?V\.?)?|S\.?\s?EN\s+C\.?|S\.?\s?C\.?\s?S\.?|(?:&|Y)\s*CIA\.?|"
        + @"S\.?\s?A\.?\s?S\.?|S\.?\s?A\.?\s?R\.?\s?L\.?|S\.?\s?R\.?\s?L\.?|S\.?\s?P\.?\s?A\.?|S\.?\s?A\.?\s?L\.?|B\.?\s?V\.?|N\.?\s?V\.?|"
        + @"E\.?\s?U\.?|C\.?\s?A\.?|LTDA\.?|"
        + @"JSC|OJSC|CJSC|PJSC|OAO|ZAO|PAO|OOO|AO|TOO|EOOD|OOD|FZE|FZCO|FZ-LLC|PTE\.?\s*LTD\.?|\(PVT\)\s*LTD\.?|PVT\.?\s*LTD\.?|"
        + @"SDN\.?\s*BHD\.?|BHD|DOO|D\.O\.O\.|A\.S\.|GUP|FGUP|FGBU|GBU|MUP|ANO|TOV|LTD\s+CO";

    [GeneratedRegex(@"^(?:" + Forms + @")(?=[\s""«])\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Leading();

    [GeneratedRegex(@"[\s,]+(?:" + Forms + @")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trailing();
}
