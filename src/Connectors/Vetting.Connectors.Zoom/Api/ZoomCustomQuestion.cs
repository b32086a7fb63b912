namespace Vetting.Connectors.Zoom.Api;

/// <summary>A custom registration question and its answer.</summary>
internal sealed record ZoomCustomQuestion
{
    public string? Title { get; init; }

    public string? Value { get; init; }
}
