namespace Vetting.Connectors.Zoom.Configuration;

/// <summary>The Zoom plan of an account; it sets the API rate limits (zoom-api.md §4).</summary>
public enum ZoomPlan
{
    Free,
    Pro,

    /// <summary>Business and above (Business, Education, Enterprise, Partner share these limits).</summary>
    Business,
}
