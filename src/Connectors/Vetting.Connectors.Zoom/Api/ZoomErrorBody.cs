using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Vetting.Connectors.Zoom.Api;

/// <summary>
/// Zoom's error body <c>{"code":…,"message":…}</c> (OAuth: <c>{"reason":…,"error":…}</c>), read defensively: some
/// messages carry unescaped quotes, so invalid JSON falls back to a pattern and the raw text (zoom-api.md §5).
/// </summary>
internal sealed partial record ZoomErrorBody(string? Code, string? Message)
{
    private const int MaxText = 300;

    public static async Task<ZoomErrorBody> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException)
        {
            return new ZoomErrorBody(null, null);
        }

        return Parse(text);
    }

    public static ZoomErrorBody Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ZoomErrorBody(null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                var root = document.RootElement;
                var code = Read(root, "code") ?? Read(root, "error");
                var message = Read(root, "message") ?? Read(root, "reason");
                return new ZoomErrorBody(code, Truncate(message));
            }
        }
        catch (JsonException)
        {
            // Fall through to the lenient reading below.
        }

        var match = CodePattern().Match(text);
        return new ZoomErrorBody(match.Success ? match.Groups[1].Value : null, Truncate(text));
    }

    private static string? Read(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private static string? Truncate(string? text) =>
        text is null ? null : text.Length <= MaxText ? text : string.Concat(text.AsSpan(0, MaxText), "…");

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"code {Code ?? "none"}: {Message ?? "(no message)"}");

    [GeneratedRegex("\"(?:code|error)\"\\s*:\\s*\"?([0-9A-Za-z_]+)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex CodePattern();
}
