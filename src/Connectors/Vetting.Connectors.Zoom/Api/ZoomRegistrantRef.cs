namespace Vetting.Connectors.Zoom.Api;

/// <summary>An item of the status-update body: both id and e-mail exactly as listed (zoom-api.md §2.4).</summary>
internal sealed record ZoomRegistrantRef(string Id, string Email);
