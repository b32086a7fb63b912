namespace Vetting.Connectors.Zoom.Throttling;

/// <summary>Zoom's rate-limit categories (zoom-api.md §4). Each has its own per-account bucket.</summary>
internal enum ZoomRateCategory
{
    Light,
    Medium,
    Heavy,
    ResourceIntensive,
}
