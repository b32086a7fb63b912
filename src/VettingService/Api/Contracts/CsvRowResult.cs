using Vetting.Matching;

namespace Vetting.Service.Api.Contracts;

/// <summary>One row of a screened CSV: its result, or why it could not be screened.</summary>
internal sealed record CsvRowResult(int Row, long Line, string Id, string? Problem, string? Decision, double? Score, IReadOnlyList<MatchResult> Matches);
