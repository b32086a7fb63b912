using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace VettingService.Tests.Api;

/// <summary>Small helpers for reading API answers in tests.</summary>
internal static class HttpAssert
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.StatusCode == expected, $"expected {expected}, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, ApiHost.Json)!; // not null: the API answered with a body
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.StatusCode == expected, $"expected {expected}, got {(int)response.StatusCode}: {body}");
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString() ?? "", StringComparison.Ordinal);
        return JsonDocument.Parse(body).RootElement;
    }

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string path, T body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body, options: ApiHost.Json) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request, Token);
    }

    public static Task<HttpResponseMessage> PutJsonAsync<T>(this HttpClient client, string path, T body) =>
        client.PutAsync(new Uri(path, UriKind.Relative), JsonContent.Create(body, options: ApiHost.Json), Token);

    public static Task<HttpResponseMessage> GetPathAsync(this HttpClient client, string path) => client.GetAsync(new Uri(path, UriKind.Relative), Token);

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string path, byte[] content, string fileName)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        return client.PostAsync(new Uri(path, UriKind.Relative), form, Token);
    }
}
