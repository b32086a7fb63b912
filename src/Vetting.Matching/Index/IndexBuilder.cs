using Vetting.Matching.Domains;
using Vetting.Matching.Names;
using Vetting.Matching.Organisations;

namespace Vetting.Matching.Index;

/// <summary>Collects parties into the vocabulary, postings and entry arrays of an <see cref="IndexData"/>.</summary>
internal sealed class IndexBuilder
{
    private readonly Dictionary<(string Surface, TokenTraits Traits, string Skeleton), int> _vocabularyIds = [];
    private readonly ChunkedList<NameToken> _vocabulary = [];
    private readonly ChunkedList<int> _entryTokenStart = [0];
    private readonly ChunkedList<int> _entryTokens = [];
    private readonly ChunkedList<TokenRole> _entryRoles = [];
    private readonly ChunkedList<int> _entryParty = [];
    private readonly ChunkedList<EntryKind> _entryKinds = [];
    private readonly ChunkedList<byte> _entrySignificant = [];
    private readonly ChunkedList<bool> _entryWeak = [];
    private readonly ChunkedList<ListedName> _entryNames = [];
    private readonly ChunkedList<string> _partyIds = [];
    private readonly ChunkedList<string> _partySources = [];
    private readonly ChunkedList<PartyKind> _partyKinds = [];
    private readonly ChunkedList<bool> _partyReviewOnly = [];
    private readonly ChunkedList<byte> _partyFullest = [];
    private readonly ChunkedList<string> _partyCountries = [];
    private readonly Dictionary<string, int> _wordFrequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DomainHit>> _domains = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenIds = new(StringComparer.Ordinal);
    private int _wordEntries;
    private bool _built;

    /// <summary>The cache the parallel parsing shares; lives as long as the build.</summary>
    public AnalysisCache Analysis { get; } = [];

    public void Add(PreparedParty prepared)
    {
        ThrowIfBuilt();
        var party = prepared.Party;
        if (!_seenIds.Add(party.EntityId))
        {
            throw new ArgumentException($"Entity id '{party.EntityId}' occurs twice.", nameof(prepared));
        }

        var partyIndex = _partyIds.Count;
        _partyIds.Add(party.EntityId);
        _partySources.Add(Intern(party.Source));
        _partyKinds.Add(party.Kind);
        _partyReviewOnly.Add(party.ReviewOnly);
        _partyFullest.Add((byte)Math.Min(prepared.Fullest, 255));
        _partyCountries.Add(Intern(PartyCountryCodes.Join(party.CountryCodes)));
        foreach (var entry in prepared.Entries)
        {
            AddEntry(partyIndex, entry.Kind, entry.Name, entry.Tokens, entry.Roles);
            if (entry.Kind != EntryKind.PersonName)
            {
                CountWords(entry.Tokens);
            }
        }

        foreach (var domain in prepared.Domains)
        {
            if (!_domains.TryGetValue(domain.Key, out var hits))
            {
                _domains[domain.Key] = hits = [];
            }

            hits.Add(new DomainHit(partyIndex, domain.Kind, domain.Original));
        }
    }

    /// <summary>Freezes what was added into an <see cref="IndexData"/>. The builder is spent afterwards.</summary>
    public IndexData Build()
    {
        ThrowIfBuilt();
        _built = true;
        // The parsing caches are done with: the collector may take them while the arrays are laid out.
        Analysis.Clear();
        _vocabularyIds.Clear();
        _vocabularyIds.TrimExcess();
        _seenIds.Clear();
        _seenIds.TrimExcess();
        return IndexAssembler.Assemble(
            _vocabulary, _entryTokenStart, _entryTokens, _entryRoles, _entryParty, _entryKinds, _entrySignificant, _entryWeak, _entryNames,
            _partyIds, _partySources, _partyKinds, _partyReviewOnly, _partyFullest, _partyCountries, _wordFrequency, _wordEntries, _domains);
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This index builder has already built its index.");
        }
    }

    private void CountWords(NameToken[] tokens)
    {
        _wordEntries++;
        for (var i = 0; i < tokens.Length; i++)
        {
            var seenBefore = false;
            for (var k = 0; k < i && !seenBefore; k++)
            {
                seenBefore = string.Equals(tokens[k].Skeleton, tokens[i].Skeleton, StringComparison.Ordinal);
            }

            if (!seenBefore)
            {
                _wordFrequency[tokens[i].Skeleton] = _wordFrequency.GetValueOrDefault(tokens[i].Skeleton) + 1;
            }
        }
    }

    private void AddEntry(int party, EntryKind kind, ListedName name, NameToken[] tokens, TokenRole[] roles)
    {
        var significant = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var id = Intern(tokens[i]);
            _entryTokens.Add(id);
            _entryRoles.Add(roles[i]);
            // Person names count their non-particle parts; organisations and positions their distinctive words.
            significant += kind == EntryKind.PersonName
                ? (roles[i] == TokenRole.Particle ? 0 : 1)
                : (GenericWords.Contains(tokens[i].Surface, tokens[i].Skeleton) ? 0 : 1);
        }

        _entryTokenStart.Add(_entryTokens.Count);
        _entryParty.Add(party);
        _entryKinds.Add(kind);
        _entrySignificant.Add((byte)Math.Min(significant, 255));
        _entryWeak.Add(name.Strength == NameStrength.Weak);
        _entryNames.Add(name);
    }

    private int Intern(NameToken token)
    {
        var traits = token.Traits & (TokenTraits.Initial | TokenTraits.Particle);
        var key = (token.Surface, traits, token.Skeleton);
        if (!_vocabularyIds.TryGetValue(key, out var id))
        {
            id = _vocabulary.Count;
            _vocabularyIds[key] = id;
            _vocabulary.Add(token with { Role = TokenRole.Unknown, Traits = token.Traits & ~TokenTraits.Capitalised, Original = token.Surface });
        }

        return id;
    }

    private string Intern(string source)
    {
        if (!_sources.TryGetValue(source, out var interned))
        {
            _sources[source] = interned = source;
        }

        return interned;
    }
}
