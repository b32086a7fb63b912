using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Vetting.Testing.FakeZoom;

/// <summary>Paging as Zoom does it: page_size 1–300 (default 30), opaque next_page_token that expires (zoom-api.md §0).</summary>
public sealed partial class FakeZoomServer
{
    private const int DefaultPageSize = 30;
    private const int MaxPageSize = 300;
    private readonly Dictionary<string, (string Query, int Offset, DateTimeOffset IssuedAt)> _pageTokens = new(StringComparer.Ordinal);

    /// <summary>Writes one page of <paramref name="items"/> under <paramref name="listKey"/>, or a 400 for bad paging.</summary>
    private async Task WritePageAsync(HttpContext context, string queryKey, List<JsonNode> items, string listKey)
    {
        var query = context.Request.Query;
        var pageSize = DefaultPageSize;
        if (query.TryGetValue("page_size", out var sizeText)
            && (!int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxPageSize))
        {
            await WriteErrorAsync(context, 400, 300, "Validation Failed.", "page_size");
            return;
        }

        var offset = 0;
        if (query["next_page_token"].FirstOrDefault() is { Length: > 0 } token)
        {
            bool valid;
            lock (_gate)
            {
                valid = _pageTokens.TryGetValue(token, out var cursor)
                    && cursor.Query == queryKey
                    && Clock.GetUtcNow() - cursor.IssuedAt <= TimeSpan.FromSeconds(Scenario.PageTokenLifetimeSeconds);
                offset = valid ? cursor.Offset : 0;
            }

            if (!valid)
            {
                await WriteErrorAsync(context, 400, 300, "The next page token is invalid or expired.");
                return;
            }
        }

        var take = Scenario.IgnorePageSize ? items.Count : pageSize;
        var page = items.Skip(offset).Take(take).Select(i => i.DeepClone()).ToList();
        var next = "";
        if (offset + page.Count < items.Count)
        {
            next = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            lock (_gate)
            {
                _pageTokens[next] = (queryKey, offset + page.Count, Clock.GetUtcNow());
            }
        }

        var body = new JsonObject
        {
            ["page_size"] = pageSize,
            ["total_records"] = items.Count,
            ["next_page_token"] = next,
            [listKey] = new JsonArray([.. page]),
        };
        await WriteJsonAsync(context, 200, body);
    }

    /// <summary>The query without paging parameters: a page token is valid only for the identical query.</summary>
    private static string QueryKey(HttpContext context) =>
        context.Request.Path + "?" + string.Join('&', context.Request.Query
            .Where(q => q.Key is not ("next_page_token" or "page_size"))
            .OrderBy(q => q.Key, StringComparer.Ordinal)
            .Select(q => q.Key + "=" + q.Value));
}
