namespace Vetting.Core.Vetting;

/// <summary>The stored decision, the platform action recorded with it (if any), and whether this call created them.</summary>
public sealed record RecordedDecision(VettingDecision Decision, PlatformActionRecord? Action, bool Created);
