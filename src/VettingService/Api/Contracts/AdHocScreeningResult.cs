using Vetting.Matching;

namespace Vetting.Service.Api.Contracts;

/// <summary>The result of screening one person against the active lists.</summary>
internal sealed record AdHocScreeningResult(string Decision, double Score, IReadOnlyList<MatchResult> Matches, IReadOnlyDictionary<string, string> Lists);
