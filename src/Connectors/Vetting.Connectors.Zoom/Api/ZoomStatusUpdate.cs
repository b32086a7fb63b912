namespace Vetting.Connectors.Zoom.Api;

/// <summary>Body of <c>PUT …/registrants/status</c>. The key is plural <c>registrants</c> (zoom-api.md §8.3).</summary>
internal sealed record ZoomStatusUpdate(string Action, IReadOnlyList<ZoomRegistrantRef> Registrants);
