namespace Vetting.Core.Watchlists;

/// <summary>A date of birth as precise as the source states it; a full date is never forced.</summary>
public sealed record BirthDate(string Raw)
{
    public int? Year { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    public bool Approximate { get; init; }

    public int? RangeFromYear { get; init; }

    public int? RangeToYear { get; init; }
}
