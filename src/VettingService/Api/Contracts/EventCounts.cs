namespace Vetting.Service.Api.Contracts;

/// <summary>Registrants of an event by where they stand (current decision; platform action of that decision).</summary>
internal sealed record EventCounts(int Registrants, int Undecided, int Clear, int InReview, int Blocked, int PendingOnPlatform, int CouldNotEnforce);
