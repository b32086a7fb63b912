namespace Vetting.Connectors.Zoom.Api;

/// <summary>The registration settings of a meeting or webinar (zoom-api.md §2.2).</summary>
internal sealed record ZoomEventSettings
{
    /// <summary>0 automatic, 1 manual, 2 no registration.</summary>
    public int? ApprovalType { get; init; }

    /// <summary>Recurring with fixed time: 1 once for all, 2 per occurrence, 3 once choosing occurrences.</summary>
    public int? RegistrationType { get; init; }
}
