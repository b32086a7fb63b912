using Microsoft.Playwright;

namespace VettingService.UiTests.Support;

/// <summary>
/// A form post the page did not offer, sent with the browser's cookies and a valid anti-forgery token taken from the page
/// (the sign-out form has one): proves the server refuses on its own, whatever buttons it hid.
/// </summary>
internal static class ForgedPost
{
    public static async Task<IAPIResponse> SendAsync(IPage page, string url, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(page);
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();
        return await SendWithoutTokenAsync(page, url, [("__RequestVerificationToken", token), .. fields]);
    }

    /// <summary>The same post with only the fields given: no anti-forgery token unless one of them is it.</summary>
    public static async Task<IAPIResponse> SendWithoutTokenAsync(IPage page, string url, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.Context.APIRequest.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }

        return await page.Context.APIRequest.PostAsync(url, new APIRequestContextOptions { Form = form, MaxRedirects = 0 });
    }
}
