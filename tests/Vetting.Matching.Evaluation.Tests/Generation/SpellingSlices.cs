using Vetting.Matching.Evaluation.Tests.Lists;
using Vetting.Matching.Evaluation.Tests.Support;

namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>Typing slips in long family names, and honorifics or titles added to the name.</summary>
internal static class SpellingSlices
{
    private const int MinimumTypoLength = 7;

    private static readonly string[] KeyboardRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    private static readonly string[] Titles =
    [
        "Dr.", "Dr", "Prof.", "Prof. Dr.", "General", "Gen.", "Colonel", "Col.", "Major General", "Lt. Col.", "H.E.",
        "Sheikh", "Ambassador", "Senator", "Judge", "Rev.", "Captain", "Admiral", "Deputy", "Minister",
    ];

    public static void Add(CorpusBuilder corpus, IReadOnlyList<ListedPerson> persons)
    {
        var random = new Random(3501);
        var longNames = persons.Where(p => LongestToken(p.Family).Count(char.IsLetter) >= MinimumTypoLength).ToList();
        corpus.Add(
            new SliceDefinition("typo-surname", "Typo in a long surname", IsPositive: true,
                "One edit (keyboard-neighbour substitution, deletion, insertion or swap of neighbours) inside a family-name token "
                + $"of ≥ {MinimumTypoLength} letters; never the first letter."),
            Sampling.Take(longNames, CorpusBuilder.PerSlice, 3502).Select(p =>
            {
                var token = LongestToken(p.Family);
                return new CorpusCase
                {
                    FirstName = p.GivenNames,
                    LastName = p.Family.Replace(token, Typo(token, random), StringComparison.Ordinal),
                    Expected = p.EntityIds,
                    DerivedFrom = p.ListName,
                };
            }));

        corpus.Add(
            new SliceDefinition("honorifics", "Honorifics and titles added", IsPositive: true,
                "A title or rank before the given name (Dr., Prof., General, H.E., Sheikh...); every fourth case also \", PhD\" "
                + "after the family name."),
            Sampling.Take(persons, CorpusBuilder.PerSlice, 3503).Select((p, i) => new CorpusCase
            {
                FirstName = Titles[random.Next(Titles.Length)] + " " + p.GivenNames,
                LastName = p.Family + (i % 4 == 3 ? ", PhD" : ""),
                Expected = p.EntityIds,
                DerivedFrom = p.ListName,
            }));
    }

    private static string LongestToken(string family) =>
        family.Split([' ', '-']).OrderByDescending(t => t.Length).First();

    /// <summary>One edit at an inner position that really changes the word.</summary>
    public static string Typo(string word, Random random)
    {
        while (true)
        {
            var position = random.Next(1, word.Length - 1);
            var letter = word[position];
            var edited = random.Next(4) switch
            {
                0 => word[..position] + Neighbour(letter, random) + word[(position + 1)..],
                1 => word.Remove(position, 1),
                2 => word.Insert(position, Neighbour(letter, random).ToString()),
                _ => word[..position] + word[position + 1] + word[position] + word[(position + 2)..],
            };
            if (!string.Equals(edited, word, StringComparison.OrdinalIgnoreCase) && char.IsLetter(letter))
            {
                return edited;
            }
        }
    }

    private static char Neighbour(char letter, Random random)
    {
        var lower = char.ToLowerInvariant(letter);
        var row = KeyboardRows.FirstOrDefault(r => r.Contains(lower, StringComparison.Ordinal));
        if (row is null)
        {
            return (char)('a' + random.Next(26));
        }

        var index = row.IndexOf(lower, StringComparison.Ordinal);
        var choices = new[] { index - 1, index + 1 }.Where(i => i >= 0 && i < row.Length).ToArray();
        var neighbour = row[choices[random.Next(choices.Length)]];
        return char.IsUpper(letter) ? char.ToUpperInvariant(neighbour) : neighbour;
    }
}
