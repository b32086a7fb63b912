using Vetting.Matching.Tests.Support;

namespace Vetting.Matching.Tests.Index;

public sealed class MatchIndexSnapshotTests
{
    private static readonly RegistrantQuery[] Queries =
    [
        new() { FirstName = "Sergey", LastName = "Ivanov" },
        new() { FirstName = "Serhii", LastName = "Ivanov" },
        new() { FirstName = "Natalia Petrovna", LastName = "Kovalenko-Popov" },
        new() { FirstName = "Oleh", LastName = "Smirnov", Email = "a@x.party50.example" },
        new() { LastName = "Sokolova Olga" },
        new() { FirstName = "Anna", LastName = "Petrova", Organization = "Petrov Trading 29 LLC" },
        new() { FirstName = "Ivan", LastName = "Nobody", JobTitle = "Deputy Head of the Regional Committee number 25" },
        new() { FirstName = "Heorhii", LastName = "Muradov" },
        new() { FirstName = "Сергей Валерьевич", LastName = "Аксёнов" },
    ];

    [Fact]
    public void SaveThenLoad_SyntheticParties_GiveIdenticalResults()
    {
        var parties = SyntheticParties.Create(3_000).Concat(FixtureLists.All).ToList();
        var index = MatchIndex.Build(parties);
        using var stream = new MemoryStream();
        index.Save(stream);
        stream.Position = 0;

        var loaded = MatchIndex.Load(stream);

        Assert.Equal(index.PartyCount, loaded.PartyCount);
        Assert.Equal(index.NameCount, loaded.NameCount);
        Assert.Equal(index.TokenCount, loaded.TokenCount);
        Assert.Equal(index.DomainCount, loaded.DomainCount);
        Assert.Equal(parties.Count, loaded.PartyCount);
        foreach (var query in Queries)
        {
            var expected = index.Screen(query);
            var actual = loaded.Screen(query);
            Assert.Equal(Render(expected), Render(actual));
        }

        Assert.Contains(Queries.Select(index.Screen), r => r.Decision != Decision.Clear);
    }

    [Fact]
    public void Screen_ManyThreads_GiveTheSameResultsAsOneThread()
    {
        var index = MatchIndex.Build(SyntheticParties.Create(2_000));
        var expected = Queries.Select(q => Render(index.Screen(q))).ToArray();
        var actual = new string[Queries.Length * 40];

        Parallel.For(0, actual.Length, i => actual[i] = Render(index.Screen(Queries[i % Queries.Length])));

        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % Queries.Length], actual[i]);
        }
    }

    [Fact]
    public void Load_NotASnapshot_ThrowsInvalidData()
    {
        using var stream = new MemoryStream("this is not an index"u8.ToArray());

        Assert.Throws<InvalidDataException>(() => MatchIndex.Load(stream));
    }

    [Fact]
    public void Load_TruncatedSnapshot_ThrowsInvalidData()
    {
        using var full = new MemoryStream();
        MatchIndex.Build(SyntheticParties.Create(200)).Save(full);
        var bytes = full.ToArray();

        foreach (var length in new[] { 10, bytes.Length / 3, bytes.Length / 2, bytes.Length - 5 })
        {
            using var cut = new MemoryStream(bytes, 0, length);
            Assert.Throws<InvalidDataException>(() => MatchIndex.Load(cut));
        }
    }

    [Fact]
    public void Load_CorruptedReference_ThrowsInvalidData()
    {
        using var full = new MemoryStream();
        MatchIndex.Build(SyntheticParties.Create(200)).Save(full);
        var bytes = full.ToArray();
        var corrupted = 0;
        for (var offset = bytes.Length / 4; offset < bytes.Length * 3 / 4; offset += bytes.Length / 40)
        {
            var copy = (byte[])bytes.Clone();
            copy[offset] ^= 0x7F;
            copy[offset + 1] ^= 0x55;
            using var stream = new MemoryStream(copy);
            try
            {
                MatchIndex.Load(stream);
            }
            catch (InvalidDataException)
            {
                corrupted++;
            }
        }

        Assert.True(corrupted > 0, "no corruption was detected");
    }

    [Fact]
    public void Build_DuplicateEntityId_ThrowsArgument()
    {
        var party = new ListedParty { EntityId = "x:1", Source = "x", Names = [new ListedName("Ivan Petrov")] };

        var error = Assert.Throws<ArgumentException>(() => MatchIndex.Build([party, party]));
        Assert.Contains("x:1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Counts_ReportPartiesNamesPositionsAndDomains()
    {
        var index = MatchIndex.Build(SyntheticParties.Create(100));

        Assert.Equal(100, index.PartyCount);
        Assert.Equal(100 + 90, index.NameCount);
        Assert.Equal(4, index.PositionCount);
        Assert.Equal(4, index.DomainCount);
        Assert.True(index.TokenCount > 20);
    }

    private static string Render(ScreeningResult result) =>
        result.Decision + " " + result.Score.ToString("F4", System.Globalization.CultureInfo.InvariantCulture) + " " +
        string.Join(" | ", result.Matches.Select(m => $"{m.EntityId} {m.Reason} {m.Score:F4} {m.Decision} {m.MatchedName} {m.Explanation}"));
}
