namespace Vetting.Core.Vetting;

/// <summary>What a retention purge removed: counts only.</summary>
public sealed record PurgeResult(int Events, int Registrants, int Screenings);
