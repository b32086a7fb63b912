using Vetting.Service.Api.Contracts;
using Vetting.Watchlists.Importing;

namespace Vetting.Service.Api.Lists;

/// <summary>What became of an uploaded curated list: the import's outcome, or the problems by line.</summary>
internal sealed record CuratedUploadResult(ImportOutcome? Outcome, IReadOnlyList<ListProblem> Problems);
