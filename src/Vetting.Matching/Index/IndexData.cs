using System.Collections.Concurrent;
using Vetting.Matching.Domains;
using Vetting.Matching.Names;

namespace Vetting.Matching.Index;

/// <summary>
/// The immutable arrays behind a <see cref="MatchIndex"/>: a vocabulary of distinct analysed tokens with posting
/// lists of entry ids, a coarse-key map (keys and their one-deletion variants → vocabulary ids), the entries
/// (names and positions, as vocabulary-id sequences with roles) and the parties.
/// </summary>
internal sealed class IndexData
{
    public required NameToken[] Vocabulary { get; init; }

    /// <summary>Per vocabulary id: sorted, distinct person-name entry ids containing the token.</summary>
    public required int[][] Postings { get; init; }

    /// <summary>Per vocabulary id: sorted, distinct organisation, vessel, aircraft and position entry ids containing the word.</summary>
    public required int[][] WordPostings { get; init; }

    /// <summary>Hash of a coarse key or of a one-deletion variant (<see cref="KeyHash"/>) → vocabulary tokens, laid out for scanning.</summary>
    public required KeyBuckets KeyBuckets { get; init; }

    /// <summary>Hash of a long token's letters or of a one-letter deletion (<see cref="KeystrokeNeighbours"/>) → vocabulary ids.</summary>
    public required KeystrokeTable KeystrokeToVocabulary { get; init; }

    /// <summary>Per given-name group: vocabulary ids in the group.</summary>
    public required int[][] GroupToVocabulary { get; init; }

    /// <summary>Entry token ranges: entry e owns tokens <c>[EntryTokenStart[e], EntryTokenStart[e + 1])</c>.</summary>
    public required int[] EntryTokenStart { get; init; }

    public required int[] EntryTokens { get; init; }

    public required TokenRole[] EntryRoles { get; init; }

    public required int[] EntryParty { get; init; }

    public required EntryKind[] EntryKinds { get; init; }

    /// <summary>Significant (non-particle) tokens per entry.</summary>
    public required byte[] EntrySignificant { get; init; }

    public required bool[] EntryWeak { get; init; }

    /// <summary>The name or position as listed, for results and explanations.</summary>
    public required EntryNameTable EntryNames { get; init; }

    public required string[] PartyIds { get; init; }

    public required string[] PartySources { get; init; }

    public required PartyKind[] PartyKinds { get; init; }

    public required bool[] PartyReviewOnly { get; init; }

    /// <summary>Per party: the ISO alpha-2 codes the list gives (nationality, citizenship, birth place), concatenated.</summary>
    public required string[] PartyCountries { get; init; }

    /// <summary>Most significant tokens in any strong person name of the party (for the block rule).</summary>
    public required byte[] PartyFullest { get; init; }

    /// <summary>How many organisation and position entries contain a word skeleton (word rarity).</summary>
    public required Dictionary<string, int> WordFrequency { get; init; }

    public required int WordEntryCount { get; init; }

    /// <summary>Normalised address, domain or subdomain-pattern key → listed values.</summary>
    public required Dictionary<string, DomainHit[]> Domains { get; init; }

    /// <summary>
    /// Retrieval results per query token (vocabulary hits and their scores), shared by all callers of this
    /// immutable index. Registrant names repeat, so most tokens are looked up once. Bounded; never saved.
    /// </summary>
    public ConcurrentDictionary<(string Surface, string Skeleton, TokenTraits Traits), RetrievalHits> RetrievalCache { get; } = new();

    public int EntryCount => EntryParty.Length;

    public int PartyCount => PartyIds.Length;

    /// <summary>Rarity weight of an organisation word: 1 + ln((N + 1) / (df + 1)), within [0.5, 4].</summary>
    public double WordWeight(string skeleton)
    {
        WordFrequency.TryGetValue(skeleton, out var df);
        return Math.Clamp(1 + Math.Log((WordEntryCount + 1.0) / (df + 1.0)), 0.5, 4.0);
    }
}
