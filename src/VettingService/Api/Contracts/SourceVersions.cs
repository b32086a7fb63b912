using Vetting.Core.Watchlists;

namespace Vetting.Service.Api.Contracts;

/// <summary>Every stored version of one source (oldest first) and which one is active.</summary>
internal sealed record SourceVersions(string Source, string? ActiveVersionId, IReadOnlyList<WatchlistVersion> Versions);
