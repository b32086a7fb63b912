using Vetting.Matching.Domains;
using Vetting.Matching.Names;
using Vetting.Matching.Organisations;
using Vetting.Matching.Text;

namespace Vetting.Matching.Index;

/// <summary>Parses one party's names, positions and domains. Pure and thread-safe, so builds parse parties in parallel.</summary>
internal static class PartyPreparer
{
    public static PreparedParty Prepare(ListedParty party, AnalysisCache cache)
    {
        if (party is null)
        {
            throw new ArgumentException("The list of parties contains a null entry.", nameof(party));
        }

        if (string.IsNullOrWhiteSpace(party.EntityId) || string.IsNullOrWhiteSpace(party.Source))
        {
            throw new ArgumentException($"A listed party needs an entity id and a source (entity id '{party.EntityId}').", nameof(party));
        }

        var entries = new List<PreparedEntry>(party.Names.Count + party.Positions.Count);
        var fullest = 0;
        if (party.Kind != PartyKind.Domain)
        {
            foreach (var name in party.Names ?? [])
            {
                if (name is null || string.IsNullOrWhiteSpace(name.Text))
                {
                    continue;
                }

                var entry = party.Kind switch
                {
                    PartyKind.Organisation => Words(name, EntryKind.OrganisationName, cache),
                    PartyKind.Vessel or PartyKind.Aircraft => Words(name, EntryKind.CraftName, cache),
                    _ => Person(name, cache),
                };
                if (entry.Tokens.Length == 0)
                {
                    continue;
                }

                entries.Add(entry);
                if (name.Strength == NameStrength.Strong && entry.Kind == EntryKind.PersonName)
                {
                    fullest = Math.Max(fullest, entry.Roles.Count(r => r != TokenRole.Particle));
                }
            }
        }

        foreach (var position in party.Positions ?? [])
        {
            foreach (var part in (position ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var entry = Words(new ListedName(part), EntryKind.Position, cache);
                if (entry.Tokens.Length > 0)
                {
                    entries.Add(entry);
                }
            }
        }

        var domains = (party.Domains ?? [])
            .Select(d => d is null ? null : DomainNormalizer.Listed(d))
            .OfType<ListedDomain>()
            .ToArray();
        return new PreparedParty(party, [.. entries], fullest, domains);
    }

    private static PreparedEntry Person(ListedName name, AnalysisCache cache)
    {
        var parsed = NameParser.ParseListed(name, cache, keepOriginals: false);
        var roles = new TokenRole[parsed.Tokens.Length];
        for (var i = 0; i < roles.Length; i++)
        {
            roles[i] = parsed.Tokens[i].Role;
        }

        return new PreparedEntry(name, EntryKind.PersonName, parsed.Tokens, roles);
    }

    private static PreparedEntry Words(ListedName name, EntryKind kind, AnalysisCache cache)
    {
        var words = OrganisationName.Parse(name.Text);
        var language = CyrillicSkeleton.Detect(name.Text);
        var tokens = new NameToken[words.Originals.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var original = words.Originals[i];
            tokens[i] = TokenAnalyzer.Analyze(original, TokenAnalyzer.Surface(original), language, TokenRole.Unknown, TokenTraits.None, cache, keepOriginal: false);
        }

        return new PreparedEntry(name, kind, tokens, new TokenRole[tokens.Length]);
    }
}
