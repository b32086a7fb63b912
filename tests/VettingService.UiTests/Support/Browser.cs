using Microsoft.Playwright;

namespace VettingService.UiTests.Support;

/// <summary>
/// Debian's Chromium, headless, through <c>ExecutablePath</c> (<c>VETTING_CHROMIUM</c>, default <c>/usr/bin/chromium</c>);
/// never a downloaded build. Missing locally: the test is skipped; missing when <c>CI=true</c>: it fails.
/// </summary>
internal static class Browser
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("VETTING_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)?> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            return null;
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-dev-shm-usage"],
        });
        return (playwright, browser);
    }

    /// <summary>Skips (locally) or fails (CI) a test that needs the browser when there is none.</summary>
    public static void Require(bool available)
    {
        if (available)
        {
            return;
        }

        var message = $"Chromium not found at {ExecutablePath} (set VETTING_CHROMIUM)";
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
    }
}
