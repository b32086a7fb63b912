namespace Vetting.Testing.FakeZoom;

/// <summary>An occurrence of a recurring meeting or webinar.</summary>
public sealed record FakeZoomOccurrence(string OccurrenceId, string StartTime, int Duration = 60, string Status = "available");
