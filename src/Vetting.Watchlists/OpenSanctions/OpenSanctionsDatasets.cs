using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Vetting.Core.Watchlists;

namespace Vetting.Watchlists.OpenSanctions;

/// <summary>
/// The source code of an OpenSanctions file: <c>opensanctions:{dataset}</c> when every imported target belongs to
/// exactly one and the same dataset (a per-dataset export), else <c>opensanctions:default</c> (a collection or a
/// merged file). The simple CSV names datasets by title: known titles map to their slug, others are slugified.
/// </summary>
internal sealed class OpenSanctionsDatasets
{
    public const string Collection = "default";

    private static readonly FrozenDictionary<string, string> KnownTitles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Ukraine War and Sanctions"] = "ua_war_sanctions",
        ["Ukraine NSDC State Register of Sanctions"] = "ua_nsdc_sanctions",
        ["US OFAC Specially Designated Nationals (SDN) List"] = "us_ofac_sdn",
        ["EU Financial Sanctions Files (FSF)"] = "eu_fsf",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private string? _single;
    private bool _mixed;

    /// <summary>Records the datasets of one target.</summary>
    public void Observe(IEnumerable<string> datasets)
    {
        if (_mixed)
        {
            return;
        }

        using var e = datasets.GetEnumerator();
        if (!e.MoveNext())
        {
            _mixed = true;
            return;
        }

        var first = e.Current;
        if (e.MoveNext() || (_single is not null && !string.Equals(_single, first, StringComparison.Ordinal)))
        {
            _mixed = true;
            return;
        }

        _single = first;
    }

    public string Source => WatchlistSources.OpenSanctions(!_mixed && _single is not null ? _single : Collection);

    /// <summary>"Ukraine War and Sanctions" → <c>ua_war_sanctions</c>; an unknown title → its slug.</summary>
    public static string SlugForTitle(string title)
    {
        var text = title.Trim();
        if (KnownTitles.TryGetValue(text, out var slug))
        {
            return slug;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        var result = builder.ToString().TrimEnd('_');
        return result.Length == 0 ? Collection : result;
    }
}
