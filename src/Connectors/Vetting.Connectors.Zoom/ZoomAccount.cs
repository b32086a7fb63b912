using Vetting.Connectors.Zoom.Configuration;
using Vetting.Connectors.Zoom.Throttling;

namespace Vetting.Connectors.Zoom;

/// <summary>One configured account at run time: its settings and its client-side rate gates.</summary>
internal sealed class ZoomAccount
{
    private readonly Dictionary<ZoomRateCategory, RateGate> _gates;

    public ZoomAccount(string name, ZoomAccountOptions options, TimeProvider time)
    {
        Name = name;
        Options = options;
        // Validated at start: Plan is required.
        Plan = options.Plan ?? throw new InvalidOperationException($"Zoom account '{name}' has no Plan.");
        _gates = Enum.GetValues<ZoomRateCategory>().ToDictionary(c => c, c => new RateGate(ZoomRateLimits.For(Plan, c), time));
        ApiBaseUrl = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/");
        OAuthBaseUrl = new Uri(options.OAuthBaseUrl.TrimEnd('/') + "/");
        UsesDefaultApiHost = string.Equals(options.ApiBaseUrl.TrimEnd('/'), ZoomAccountOptions.DefaultApiBaseUrl, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The configured name (for example <c>osce</c>): safe to log.</summary>
    public string Name { get; }

    public ZoomAccountOptions Options { get; }

    public ZoomPlan Plan { get; }

    /// <summary>API base with a trailing slash, so relative paths append.</summary>
    public Uri ApiBaseUrl { get; }

    public Uri OAuthBaseUrl { get; }

    /// <summary>True when the API base was left at Zoom's default, so a regional <c>api_url</c> from the token may replace it.</summary>
    public bool UsesDefaultApiHost { get; }

    public RateGate Gate(ZoomRateCategory category) => _gates[category];

    public static string ApiClientName(string account) => "Vetting.Zoom.Api:" + account;

    public static string OAuthClientName(string account) => "Vetting.Zoom.OAuth:" + account;
}
