using Vetting.Matching.Organisations;
using Vetting.Matching.Tests.Support;

namespace Vetting.Matching.Tests.Scoring;

/// <summary>
/// The word-count ceiling that lets screening skip organisation candidates is never below what the full word
/// scoring gives: checked over pairs of real listed organisation names and variants of them (a word dropped, a word
/// added, the first word alone).
/// </summary>
public sealed class OrganisationScreenCeilingTests
{
    [Fact]
    public void ScreenCeiling_IsNeverBelowTheScore()
    {
        var weights = FixtureLists.Index.Data;
        var names = FixtureLists.All
            .Where(p => p.Kind == PartyKind.Organisation)
            .SelectMany(p => p.Names)
            .Select(n => n.Text)
            .Distinct(StringComparer.Ordinal)
            .Take(400)
            .ToArray();
        var listed = names.Select(OrganisationName.Parse).ToArray();
        var random = new Random(11);
        var bounded = 0;
        var skipped = 0;
        foreach (var text in names.Take(120))
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var variants = new[]
            {
                text, words[0], text + " Holding", string.Join(' ', words.Where((_, i) => i != random.Next(words.Length))),
            };
            foreach (var variant in variants)
            {
                var query = OrganisationName.Parse(variant);
                foreach (var other in listed)
                {
                    var ceiling = OrganisationScorer.ScreenCeiling(query, other);
                    var score = Math.Max(OrganisationScorer.Screen(query, other, weights.WordWeight), OrganisationScorer.Dice(query, other, weights.WordWeight));

                    Assert.True(score <= ceiling + 1e-12, $"\"{variant}\" / \"{other.Text}\": score {score} above ceiling {ceiling}");
                    bounded += ceiling < 1 ? 1 : 0;
                    skipped += ceiling < MatchPolicy.Default.ReviewThreshold ? 1 : 0;
                }
            }
        }

        Assert.True(bounded > 10_000 && skipped > 10_000, $"the ceiling bounded {bounded} and would skip {skipped} pairs: too few to mean anything");
    }
}
