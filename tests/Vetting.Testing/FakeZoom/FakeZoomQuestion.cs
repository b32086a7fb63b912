namespace Vetting.Testing.FakeZoom;

/// <summary>A custom registration question and its answer.</summary>
public sealed record FakeZoomQuestion(string Title, string Value);
