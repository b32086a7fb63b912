namespace Vetting.Testing.FakeZoom;

/// <summary>A user (host) of an account.</summary>
public sealed record FakeZoomUser(string Id, string Email, string Status = "active");
