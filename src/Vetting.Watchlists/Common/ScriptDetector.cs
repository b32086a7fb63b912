using System.Text;
using Vetting.Core.Watchlists;

namespace Vetting.Watchlists.Common;

/// <summary>Tells which writing system a name is in, from its letters (digits and punctuation do not count).</summary>
public static class ScriptDetector
{
    public static NameScript Detect(string text)
    {
        var found = NameScript.Unknown;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune))
            {
                continue;
            }

            var script = Classify(rune.Value);
            if (found == NameScript.Unknown)
            {
                found = script;
            }
            else if (found != script)
            {
                return NameScript.Mixed;
            }
        }

        return found;
    }

    private static NameScript Classify(int c) => c switch
    {
        < 0x0250 => NameScript.Latin,
        >= 0x1E00 and < 0x1F00 => NameScript.Latin,
        >= 0x0370 and < 0x0400 => NameScript.Greek,
        >= 0x0400 and < 0x0530 => NameScript.Cyrillic,
        >= 0x0530 and < 0x0590 => NameScript.Armenian,
        >= 0x0590 and < 0x0600 => NameScript.Hebrew,
        >= 0x0600 and < 0x0780 => NameScript.Arabic,
        >= 0x08A0 and < 0x0900 => NameScript.Arabic,
        >= 0xFB50 and < 0xFE00 => NameScript.Arabic,
        >= 0xFE70 and < 0xFF00 => NameScript.Arabic,
        >= 0x10A0 and < 0x1100 => NameScript.Georgian,
        >= 0x1100 and < 0x1200 => NameScript.Hangul,
        >= 0xAC00 and < 0xD7B0 => NameScript.Hangul,
        >= 0x3130 and < 0x3190 => NameScript.Hangul,
        >= 0x2E80 and < 0x3000 => NameScript.Han,
        >= 0x3400 and < 0xA000 => NameScript.Han,
        >= 0x20000 and < 0x32000 => NameScript.Han,
        >= 0xFF00 and < 0xFFF0 => NameScript.Latin,
        _ => NameScript.Other,
    };
}
