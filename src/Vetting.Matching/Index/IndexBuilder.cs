using Vetting.Matching.Domains;
using Vetting.Matching.Names;
using Vetting.Matching.Organisations;
using Vetting.Matching.Text;

namespace Vetting.Matching.Index;

/// <summary>Collects parties into the vocabulary, postings and entry arrays of an <see cref="IndexData"/>.</summary>
internal sealed class IndexBuilder
{
    private readonly Dictionary<string, int> _vocabularyIds = new(StringComparer.Ordinal);
    private readonly List<NameToken> _vocabulary = [];
    private readonly List<List<int>> _postings = [];
    private readonly List<int> _entryTokenStart = [0];
    private readonly List<int> _entryTokens = [];
    private readonly List<TokenRole> _entryRoles = [];
    private readonly List<int> _entryParty = [];
    private readonly List<EntryKind> _entryKinds = [];
    private readonly List<byte> _entrySignificant = [];
    private readonly List<bool> _entryWeak = [];
    private readonly List<ListedName> _entryNames = [];
    private readonly List<string> _partyIds = [];
    private readonly List<string> _partySources = [];
    private readonly List<PartyKind> _partyKinds = [];
    private readonly List<bool> _partyReviewOnly = [];
    private readonly List<byte> _partyFullest = [];
    private readonly Dictionary<string, int> _wordFrequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DomainHit>> _domains = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenIds = new(StringComparer.Ordinal);
    private int _wordEntries;

    public void Add(ListedParty party)
    {
        ArgumentNullException.ThrowIfNull(party);
        if (string.IsNullOrWhiteSpace(party.EntityId) || string.IsNullOrWhiteSpace(party.Source))
        {
            throw new ArgumentException($"A listed party needs an entity id and a source (party #{_partyIds.Count + 1}).", nameof(party));
        }

        if (!_seenIds.Add(party.EntityId))
        {
            throw new ArgumentException($"Entity id '{party.EntityId}' occurs twice.", nameof(party));
        }

        var partyIndex = _partyIds.Count;
        _partyIds.Add(party.EntityId);
        _partySources.Add(Intern(party.Source));
        _partyKinds.Add(party.Kind);
        _partyReviewOnly.Add(party.ReviewOnly);
        var fullest = 0;
        if (party.Kind != PartyKind.Domain)
        {
            foreach (var name in party.Names ?? [])
            {
                if (name is null || string.IsNullOrWhiteSpace(name.Text))
                {
                    continue;
                }

                var significant = AddName(partyIndex, party.Kind, name);
                if (name.Strength == NameStrength.Strong)
                {
                    fullest = Math.Max(fullest, significant);
                }
            }
        }

        _partyFullest.Add((byte)Math.Min(fullest, 255));
        foreach (var position in party.Positions ?? [])
        {
            foreach (var part in (position ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                AddWords(partyIndex, EntryKind.Position, new ListedName(part));
            }
        }

        foreach (var value in party.Domains ?? [])
        {
            if (value is not null && DomainNormalizer.Listed(value) is { } domain)
            {
                if (!_domains.TryGetValue(domain.Key, out var hits))
                {
                    _domains[domain.Key] = hits = [];
                }

                hits.Add(new DomainHit(partyIndex, domain.Kind, domain.Original));
            }
        }
    }

    public IndexData Build() => IndexAssembler.Assemble(
        _vocabulary, _postings, _entryTokenStart, _entryTokens, _entryRoles, _entryParty, _entryKinds, _entrySignificant,
        _entryWeak, _entryNames, _partyIds, _partySources, _partyKinds, _partyReviewOnly, _partyFullest, _wordFrequency,
        _wordEntries, _domains);

    private int AddName(int party, PartyKind kind, ListedName name)
    {
        switch (kind)
        {
            case PartyKind.Organisation:
                return AddWords(party, EntryKind.OrganisationName, name);
            case PartyKind.Vessel or PartyKind.Aircraft:
                return AddWords(party, EntryKind.CraftName, name);
            default:
                var parsed = NameParser.ParseListed(name);
                if (parsed.Tokens.Length == 0)
                {
                    return 0;
                }

                AddEntry(party, EntryKind.PersonName, name, parsed.Tokens, parsed.Tokens.Select(t => t.Role).ToArray());
                return parsed.SignificantCount;
        }
    }

    private int AddWords(int party, EntryKind kind, ListedName name)
    {
        var words = OrganisationName.Parse(name.Text);
        if (words.Skeletons.Length == 0)
        {
            return 0;
        }

        var language = CyrillicSkeleton.Detect(name.Text);
        var tokens = words.Originals.Select(o => TokenAnalyzer.Analyze(o, TokenAnalyzer.Surface(o), language, TokenRole.Unknown, TokenTraits.None)).ToArray();
        AddEntry(party, kind, name, tokens, new TokenRole[tokens.Length]);
        _wordEntries++;
        foreach (var skeleton in tokens.Select(t => t.Skeleton).Distinct(StringComparer.Ordinal))
        {
            _wordFrequency[skeleton] = _wordFrequency.GetValueOrDefault(skeleton) + 1;
        }

        return tokens.Length;
    }

    private void AddEntry(int party, EntryKind kind, ListedName name, NameToken[] tokens, TokenRole[] roles)
    {
        var entry = _entryParty.Count;
        var significant = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var id = Intern(tokens[i]);
            _entryTokens.Add(id);
            _entryRoles.Add(roles[i]);
            significant += roles[i] == TokenRole.Particle ? 0 : 1;
            var postings = _postings[id];
            if (postings.Count == 0 || postings[^1] != entry)
            {
                postings.Add(entry);
            }
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
        var key = token.Surface + "\u0001" + (int)traits + "\u0001" + token.Skeleton;
        if (!_vocabularyIds.TryGetValue(key, out var id))
        {
            id = _vocabulary.Count;
            _vocabularyIds[key] = id;
            _vocabulary.Add(token with { Role = TokenRole.Unknown, Traits = token.Traits & ~TokenTraits.Capitalised, Original = token.Surface });
            _postings.Add([]);
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
