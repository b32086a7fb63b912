using Microsoft.Playwright;

namespace VettingService.UiTests.Support;

/// <summary>Full-page screenshots of the main pages, kept as test artifacts under <c>TestResults/screenshots</c> of the test output.</summary>
internal static class Screenshots
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(Folder);
        var size = page.ViewportSize;
        var path = Path.Combine(Folder, $"{name}-{size?.Width}x{size?.Height}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
