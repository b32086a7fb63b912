using Vetting.Matching.Text;

namespace Vetting.Matching.Index;

/// <summary>The registrant's country as a qualifier of name matches.</summary>
internal sealed partial class Screener
{
    /// <summary>What a country the list gives for the person adds to a name match.</summary>
    internal const double SameCountryBoost = 0.02;

    /// <summary>What a country the list does not give for the person takes from a name match.</summary>
    internal const double OtherCountryPenalty = 0.03;

    /// <summary>
    /// Where a registrant says they are from is weak evidence either way, and lists give only some countries of a
    /// person (often the birth place: Aksyonov's is Moldova). A country the list gives raises a name match at or above
    /// the review line a little; another country lowers it a little, never below the line. It orders and explains
    /// the reviewer's matches; it never raises a name into review, never clears one and never changes a block.
    /// </summary>
    private void ApplyCountry(Dictionary<(int, MatchReason), Candidate> best, string? country, MatchPolicy policy)
    {
        if (CountryNames.ToCode(country) is not { } code)
        {
            return;
        }

        foreach (var (key, name) in best.ToList())
        {
            var countries = data.PartyCountries[name.Party];
            if (key.Item2 != MatchReason.Name || countries.Length == 0 || name.Score < policy.ReviewThreshold || name.Decision == Decision.Block)
            {
                continue;
            }

            if (PartyCountryCodes.Contains(countries, code))
            {
                best[key] = name with { Score = Math.Min(1, name.Score + SameCountryBoost), Country = code, CountryListed = true };
                continue;
            }

            best[key] = name with { Score = Math.Max(policy.ReviewThreshold, name.Score - OtherCountryPenalty), Country = code };
        }
    }
}
