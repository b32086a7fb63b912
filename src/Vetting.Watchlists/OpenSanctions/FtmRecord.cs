using System.Text.Json;

namespace Vetting.Watchlists.OpenSanctions;

/// <summary>One FtM entity line: its position, id, schema and parsed JSON (valid until the next line is read).</summary>
internal readonly record struct FtmRecord(long Line, string Id, string Schema, JsonElement Root)
{
    /// <summary><c>target</c> true or absent: the listed party itself rather than a linked one.</summary>
    public bool IsTarget =>
        !Root.TryGetProperty("target", out var target) || target.ValueKind != JsonValueKind.False;

    public JsonElement Properties =>
        Root.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? properties
            : default;

    /// <summary>The first value of a property, or null.</summary>
    public string? First(string property) => FtmProperties.Values(Properties, property).FirstOrDefault();

    public IEnumerable<string> Values(string property) => FtmProperties.Values(Properties, property);

    /// <summary>A top-level string array such as <c>datasets</c> or <c>referents</c>.</summary>
    public IEnumerable<string> TopLevel(string key) => FtmProperties.Values(Root, key);

    public string? TopLevelString(string key) =>
        Root.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
