using System.Text.Json;

namespace Vetting.Watchlists.OpenSanctions;

/// <summary>Reads FtM property values: every property is a list of strings; blanks are dropped, values trimmed.</summary>
internal static class FtmProperties
{
    public static IEnumerable<string> Values(JsonElement owner, string name)
    {
        if (owner.ValueKind != JsonValueKind.Object || !owner.TryGetProperty(name, out var value))
        {
            yield break;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var single = value.GetString()?.Trim();
            if (!string.IsNullOrEmpty(single))
            {
                yield return single;
            }

            yield break;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString()?.Trim() is { Length: > 0 } text)
            {
                yield return text;
            }
        }
    }
}
