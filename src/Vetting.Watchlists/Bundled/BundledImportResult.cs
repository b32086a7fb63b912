using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Bundled;

/// <summary>What loading one bundled list did: its import outcome, or why it could not be read.</summary>
public sealed record BundledImportResult(string Source, ImportOutcome? Outcome, string? Error);
