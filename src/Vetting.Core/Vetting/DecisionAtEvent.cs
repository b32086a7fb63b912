namespace Vetting.Core.Vetting;

/// <summary>A decision on one registration, with the event it was for: what a reviewer sees of the same person's other registrations.</summary>
public sealed record DecisionAtEvent(VettingDecision Decision, string EventTopic, DateTimeOffset? EventStartUtc);
