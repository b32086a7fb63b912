using System.Text.Json;
using Microsoft.Playwright;

namespace VettingService.UiTests.Admin;

/// <summary>
/// Posts a form the page did not offer, as a user who edits the HTML would: with the session's cookie and a valid
/// anti-forgery token, so that only the server's role check stands between the post and the change.
/// </summary>
internal static class ServerForms
{
    public static async Task<IAPIResponse> PostAsync(IPage page, string path, IDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(page);
        var tokenResponse = await page.APIRequest.GetAsync("/auth/antiforgery");
        using var token = JsonDocument.Parse(await tokenResponse.TextAsync());
        var form = page.APIRequest.CreateFormData();
        form.Set(token.RootElement.GetProperty("formFieldName").GetString()!, token.RootElement.GetProperty("token").GetString()!); // not null: the endpoint always answers both
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }

        return await page.APIRequest.PostAsync(path, new APIRequestContextOptions { Form = form, MaxRedirects = 0 });
    }

    /// <summary>True when the server refused: 403, or a redirect to the denied page.</summary>
    public static bool IsRefused(IAPIResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Status == 403
               || (response.Status is 302 or 303 && response.Headers.TryGetValue("location", out var location) && location.Contains("/auth/denied", StringComparison.Ordinal));
    }
}
