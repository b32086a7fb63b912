namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>Every spelling of every <see cref="Defenders"/> person with their bodies, titles and role mailboxes.</summary>
internal static class DefenderSlice
{
    public const string Id = "defenders";

    public static void Add(CorpusBuilder corpus)
    {
        var cases = new List<CorpusCase>();
        foreach (var defender in Defenders.All)
        {
            for (var i = 0; i <= defender.Spellings.Length; i++)
            {
                // The extra last row types the first spelling whole into the first-name field.
                var parts = defender.Spellings[i % defender.Spellings.Length].Split('|');
                var organisation = defender.Organisations[i % defender.Organisations.Length];
                var whole = i == defender.Spellings.Length;
                cases.Add(new CorpusCase
                {
                    FirstName = whole ? parts[0] + " " + parts[1] : parts[0],
                    LastName = whole ? "" : parts[1],
                    Email = Defenders.Mailboxes.GetValueOrDefault(organisation, ""),
                    Organization = organisation,
                    JobTitle = defender.Titles[i % defender.Titles.Length],
                    Country = defender.Group == "Russian opposition" ? "" : "Ukraine",
                    DerivedFrom = defender.Group,
                });
            }
        }

        corpus.Add(
            new SliceDefinition(Id, "Defenders, diplomats, Crimean Tatar leaders", IsPositive: false,
                "Real public figures (Crimean Tatar representatives, Ukrainian diplomats, human-rights defenders, Russian opposition) "
                + "in every common spelling and script, with their real bodies (Mejlis, MFA of Ukraine, Permanent Representation of the "
                + "President of Ukraine in the ARC...), titles and role mailboxes. Must all clear."),
            cases);
    }
}
