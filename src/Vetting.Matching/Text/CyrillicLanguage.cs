namespace Vetting.Matching.Text;

/// <summary>Which Cyrillic orthography a name uses; decides how <c>г</c> sounds (g in Russian, h in Ukrainian/Belarusian).</summary>
internal enum CyrillicLanguage
{
    Russian = 0,
    Ukrainian,
    Belarusian,
}
