using Vetting.Connectors.Zoom.Configuration;

namespace Vetting.Connectors.Zoom.Throttling;

/// <summary>
/// The documented limits per plan and category (zoom-api.md §4, Zoom's rate-limits page). The Pro/Business shared
/// Heavy + Resource-intensive daily pool is not modelled: this connector makes no calls in those categories.
/// </summary>
internal static class ZoomRateLimits
{
    public static ZoomRateLimit For(ZoomPlan plan, ZoomRateCategory category) => (plan, category) switch
    {
        (ZoomPlan.Free, ZoomRateCategory.Light) => new(4, 6_000),
        (ZoomPlan.Free, ZoomRateCategory.Medium) => new(2, 2_000),
        (ZoomPlan.Free, ZoomRateCategory.Heavy) => new(1, 1_000),
        (ZoomPlan.Free, ZoomRateCategory.ResourceIntensive) => new(10 / 60.0, 30_000),
        (ZoomPlan.Pro, ZoomRateCategory.Light) => new(30, null),
        (ZoomPlan.Pro, ZoomRateCategory.Medium) => new(20, null),
        (ZoomPlan.Pro, ZoomRateCategory.Heavy) => new(10, null),
        (ZoomPlan.Pro, ZoomRateCategory.ResourceIntensive) => new(10 / 60.0, null),
        (ZoomPlan.Business, ZoomRateCategory.Light) => new(80, null),
        (ZoomPlan.Business, ZoomRateCategory.Medium) => new(60, null),
        (ZoomPlan.Business, ZoomRateCategory.Heavy) => new(40, null),
        (ZoomPlan.Business, ZoomRateCategory.ResourceIntensive) => new(20 / 60.0, null),
        _ => throw new ArgumentOutOfRangeException(nameof(category), $"No documented limit for {plan}/{category}."),
    };

    /// <summary>Zoom's header spelling of a category.</summary>
    public static string HeaderName(ZoomRateCategory category) =>
        category == ZoomRateCategory.ResourceIntensive ? "Resource-intensive" : category.ToString();
}
