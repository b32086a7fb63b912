using System.Collections.Concurrent;
using Vetting.Matching.Text;

namespace Vetting.Matching.Names;

/// <summary>Analysed tokens by (surface, orthography, traits), owned by one index build; safe for the build's parallel parsing.</summary>
internal sealed class AnalysisCache : ConcurrentDictionary<(string Surface, CyrillicLanguage Language, TokenTraits Traits), NameToken>
{
}
