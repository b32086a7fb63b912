namespace Vetting.Matching.Index;

/// <summary>Checks that every array of a loaded snapshot has the right length and every reference points inside.</summary>
internal static class SnapshotValidator
{
    public static void Check(IndexData data)
    {
        var entries = data.EntryParty.Length;
        Require(data.EntryTokenStart.Length == entries + 1, "entry token ranges");
        Require(data.EntryKinds.Length == entries && data.EntrySignificant.Length == entries && data.EntryWeak.Length == entries, "entry columns");
        Require(data.EntryRoles.Length == data.EntryTokens.Length, "token roles");
        Require(data.PartyCountries.Length == data.PartyCount && Array.TrueForAll(data.PartyCountries, c => c.Length % 2 == 0), "party countries");
        Require(Array.TrueForAll(data.PartyKinds, Enum.IsDefined), "party kinds");
        for (var e = 0; e < entries; e++)
        {
            Require(data.EntryTokenStart[e] >= 0 && data.EntryTokenStart[e] <= data.EntryTokenStart[e + 1], "entry token ranges");
            Require((uint)data.EntryParty[e] < (uint)data.PartyCount, "entry party");
            Require(Enum.IsDefined(data.EntryKinds[e]), "entry kind");
        }

        Require(data.EntryTokenStart[entries] == data.EntryTokens.Length, "entry token ranges");
        foreach (var token in data.EntryTokens)
        {
            Require((uint)token < (uint)data.Vocabulary.Length, "token reference");
        }

        foreach (var role in data.EntryRoles)
        {
            Require(Enum.IsDefined(role), "token role");
        }

        CheckKeystrokes(data.KeystrokeToVocabulary, data.Vocabulary.Length);
        Require(data.Postings.Length == data.Vocabulary.Length && data.WordPostings.Length == data.Vocabulary.Length, "posting lists");
        foreach (var postings in data.Postings.Concat(data.WordPostings))
        {
            for (var i = 0; i < postings.Length; i++)
            {
                Require((uint)postings[i] < (uint)entries && (i == 0 || postings[i] > postings[i - 1]), "posting list");
            }
        }
    }

    private static void CheckKeystrokes(KeystrokeTable table, int vocabulary)
    {
        Require(table.Hashes.Length == table.Ids.Length, "keystroke table");
        for (var i = 0; i < table.Ids.Length; i++)
        {
            Require((uint)table.Ids[i] < (uint)vocabulary && (i == 0 || table.Hashes[i] >= table.Hashes[i - 1]), "keystroke table");
        }
    }

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidDataException($"The match-index snapshot is damaged ({what}).");
        }
    }
}
