namespace Vetting.Matching.Index;

/// <summary>The best entry found so far for one party and reason.</summary>
/// <param name="Entry">Entry id (-1 for domain matches).</param>
/// <param name="Party">Party index.</param>
/// <param name="Score">0..1.</param>
/// <param name="Decision">Decision for this match alone.</param>
/// <param name="Reason">Which registrant field linked it.</param>
/// <param name="Domain">The listed domain value for domain matches.</param>
/// <param name="Corroboration">For name matches: the listed position the job title named (entry id), or -1.</param>
/// <param name="Country">For name matches the registrant's country qualified: its ISO code, else null.</param>
/// <param name="CountryListed">True when the list gives that country for the party.</param>
internal readonly record struct Candidate(
    int Entry, int Party, double Score, Decision Decision, MatchReason Reason, string? Domain = null, int Corroboration = -1,
    string? Country = null, bool CountryListed = false);
