namespace Vetting.Connectors.Zoom.Throttling;

/// <summary>One category's limit on one plan: a sustained rate and, where Zoom sets one, a daily quota.</summary>
/// <param name="RequestsPerSecond">Sustained rate (Resource-intensive is per minute, so below 1).</param>
/// <param name="DailyQuota">Requests per UTC day, or null where the doc gives none for this plan and category.</param>
internal sealed record ZoomRateLimit(double RequestsPerSecond, int? DailyQuota);
