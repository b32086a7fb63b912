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
                if (entry.Kind != EntryKind.PersonName && WithoutRemark(name.Text) is { } plain)
                {
                    // "Governor of Sevastopol (office)", "Russian union of journalists (as cited)": the remark is the
                    // list's note, not part of the name a registrant types.
                    entries.Add(Words(name with { Text = plain }, entry.Kind, cache));
                }

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
                AddPosition(entries, part, cache);
                var plain = WithoutRemark(part) ?? part;
                var clauses = plain.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (clauses.Length > 1 || !string.Equals(plain, part, StringComparison.Ordinal))
                {
                    // "Leadership of the Sevastopol Election Commission in 2019 (exact role not verified)", "Self-styled
                    // mayor of Sevastopol (2014), briefly acting governor, then...": a registrant types one office, so
                    // each clause is screened too: the first always, the others when they name something distinctive.
                    for (var k = 0; k < clauses.Length; k++)
                    {
                        AddPosition(entries, clauses[k], cache, distinctiveOnly: k > 0);
                    }
                }
            }
        }

        var domains = (party.Domains ?? [])
            .Select(d => d is null ? null : DomainNormalizer.Listed(d))
            .OfType<ListedDomain>()
            .ToArray();
        return new PreparedParty(party, [.. entries], fullest, domains);
    }

    private static void AddPosition(List<PreparedEntry> entries, string text, AnalysisCache cache, bool distinctiveOnly = false)
    {
        var entry = Words(new ListedName(text), EntryKind.Position, cache);
        if (entry.Tokens.Length > 0 && (!distinctiveOnly || entry.Tokens.Any(t => !GenericWords.Contains(t.Surface, t.Skeleton))))
        {
            entries.Add(entry);
        }
    }

    /// <summary>The name without its parenthesised remarks, or null when it has none (or nothing else).</summary>
    private static string? WithoutRemark(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return null;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == '(' ? 1 : 0;
            if (depth == 0)
            {
                builder.Append(c);
            }

            depth -= c == ')' && depth > 0 ? 1 : 0;
        }

        var plain = builder.ToString().Trim();
        return plain.Length > 0 && !string.Equals(plain, text.Trim(), StringComparison.Ordinal) ? plain : null;
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
