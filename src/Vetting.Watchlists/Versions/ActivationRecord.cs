namespace Vetting.Watchlists.Versions;

/// <summary>One line of a source's activation history: which version became active, when and why.</summary>
internal sealed record ActivationRecord(string Source, string VersionId, DateTimeOffset At, string Reason);
