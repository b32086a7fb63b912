namespace Vetting.Matching.Text;

/// <summary>A token cut from cleaned text, before any folding.</summary>
/// <param name="Text">Letters, digits and inner apostrophes, in the original case.</param>
/// <param name="Segment">How many commas came before the token (0 for the part before the first comma).</param>
/// <param name="Abbreviated">True when a period followed the token (<c>S.</c>, <c>Dr.</c>).</param>
/// <param name="Joined">True when a hyphen joined the token to the previous one (<c>Kasym-Zhomart</c>, <c>al-Zawahiri</c>).</param>
internal readonly record struct RawToken(string Text, int Segment, bool Abbreviated, bool Joined);
