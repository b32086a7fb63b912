using System.Text.Json;

namespace Vetting.Testing.FakeZoom;

/// <summary>
/// Everything the fake Zoom serves, as data: accounts with users, meetings, webinars and registrants, server
/// behaviour switches, and faults. Loaded from JSON under <c>tests/Vetting.Testing/FakeZoom/Scenarios/</c>.
/// </summary>
public sealed record FakeZoomScenario
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public IReadOnlyList<FakeZoomAccount> Accounts { get; init; } = [];

    /// <summary><c>expires_in</c> of issued access tokens.</summary>
    public int TokenLifetimeSeconds { get; init; } = 3600;

    /// <summary>How long a <c>next_page_token</c> stays valid (Zoom: 15 minutes).</summary>
    public int PageTokenLifetimeSeconds { get; init; } = 900;

    /// <summary>Accept token requests whose grant parameters are only in the query string (Zoom now refuses them).</summary>
    public bool AcceptQueryCredentials { get; init; }

    /// <summary>Count requests per category and refuse with 429 beyond the plan's limits.</summary>
    public bool EnforceRateLimits { get; init; } = true;

    /// <summary>Send X-RateLimit-* and Retry-After headers on 429 (forum reports show them missing at times).</summary>
    public bool RateLimitHeaders { get; init; } = true;

    /// <summary>Most registrants one status update may carry (Zoom's spec: 30).</summary>
    public int MaxStatusBatch { get; init; } = 30;

    /// <summary>Serve every matching registrant in one page whatever page_size says (a hostile "huge page").</summary>
    public bool IgnorePageSize { get; init; }

    public IReadOnlyList<FakeZoomFault> Faults { get; init; } = [];

    public static FakeZoomScenario Load(string path) =>
        JsonSerializer.Deserialize<FakeZoomScenario>(File.ReadAllText(path), Json)
        ?? throw new InvalidDataException($"{path} holds no scenario.");

    /// <summary>A scenario file by name (without <c>.json</c>): copied next to the test binaries, else in the repository.</summary>
    public static FakeZoomScenario LoadNamed(string name) => Load(PathOf(name));

    public static string PathOf(string name)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "FakeZoom", "Scenarios", name + ".json");
        return File.Exists(beside)
            ? beside
            : TestPaths.InRepository(Path.Combine("tests", "Vetting.Testing", "FakeZoom", "Scenarios", name + ".json"));
    }
}
