using System.Globalization;
using System.Text;

namespace Vetting.Watchlists.Tests.Curated;

/// <summary>
/// Converts <c>occupation-authorities.csv</c> into the curated YAML format (watchlists/README.md): the generator of
/// <c>watchlists/curated/occupation-authorities.yaml</c>. Ids are slugs of the English name (domains:
/// <c>domain-{domain}</c>, <c>*.x</c> as <c>domain-x-and-subdomains</c>); the note becomes the reason; every value is
/// written double-quoted so no name or URL can change meaning in YAML.
/// </summary>
internal static class OccupationAuthoritiesConverter
{
    public const string AddedOn = "2026-11-28";
    public const string AddedBy = "Vetting team (from shared/fixtures/curated, compiled 2026-11-28)";

    private const string Header = """
        # Vetting curated list: Russian occupation authorities in Crimea and Sevastopol.
        # Format, fields and validation rules: watchlists/README.md.
        #
        # REVIEW ONLY. A hit on this list never blocks, denies or cancels a registration on its own: it raises a case
        # for a human reviewer, who decides with the evidence in front of them.
        # - Entries with confidence: low rest on secondary sources only. A person must review them before they are used
        #   at all (for example before the list is switched on for an event).
        # - A name match needs a second matching attribute (organisation, title, e-mail domain, date of birth from the
        #   underlying sanctions list). Several names here are common: never act on a surname alone.
        # - Most positions are historic: people moved on. A former title is as relevant as a current one.
        # - The people Vetting protects (Crimean Tatar leaders, Ukrainian officials, human-rights defenders, Crimean
        #   journalists in exile) name the same places and bodies in their own registrations. Only the
        #   Russian-installed bodies listed here are targets; the legitimate Ukrainian bodies for the Autonomous
        #   Republic of Crimea and the city of Sevastopol are not. Check which side a body belongs to.
        # - Absence from this file means nothing: it is a starting set, not a census of the occupation administration.
        #
        # Converted from shared/fixtures/curated/occupation-authorities.csv (compiled 2026-11-28, 78 rows) by
        # tests/Vetting.Watchlists.Tests/Curated/OccupationAuthoritiesConverter.cs. StarterListTests proves that every
        # row, name, alias, domain, source URL and confidence is carried over and that this file is the converter's
        # output; to regenerate after a change to the converter, run that test with VETTING_REGENERATE_CURATED=1.
        # Licences of the sources: see shared/fixtures/curated/README.md. Keep the source URLs with any copy.

        """;

    public static string ToYaml(IReadOnlyList<OccupationAuthorityRow> rows)
    {
        var yaml = new StringBuilder(Header);
        yaml.Append("list:\n")
            .Append("  title: ").Append(Quote("Russian occupation authorities in Crimea and Sevastopol")).Append('\n')
            .Append("  description: ").Append(Quote("Bodies, officials, front organisations and web domains of the administration "
                + "Russia installed in occupied Crimea and Sevastopol after 2014. Review only.")).Append('\n')
            .Append("  updated_on: ").Append(AddedOn).Append("\n\n")
            .Append("# One entry per body, person, front organisation or domain; entries are separated by a blank line.\n")
            .Append("entries:\n");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var id = IdFor(row);
            if (!ids.Add(id))
            {
                throw new InvalidOperationException($"two rows make the id {id}");
            }

            Entry(yaml, id, row);
        }

        return yaml.ToString();
    }

    public static string IdFor(OccupationAuthorityRow row)
    {
        if (row.Kind == "domain")
        {
            var domain = row.Domains.Trim();
            return domain.StartsWith("*.", StringComparison.Ordinal) ? Slug("domain " + domain[2..] + " and subdomains") : Slug("domain " + domain);
        }

        return Slug(row.NameEn);
    }

    private static void Entry(StringBuilder yaml, string id, OccupationAuthorityRow row)
    {
        yaml.Append("\n  - id: ").Append(id).Append('\n');
        yaml.Append("    kind: ").Append(row.Kind).Append('\n');
        var names = new[] { ("en", row.NameEn), ("ru", row.NameRu), ("uk", row.NameUk) }.Where(n => n.Item2.Length > 0).ToList();
        if (row.Kind != "domain" || row.NameEn != row.Domains)
        {
            yaml.Append("    names:\n");
            foreach (var (lang, name) in names)
            {
                yaml.Append("      ").Append(lang).Append(": ").Append(Quote(name)).Append('\n');
            }
        }

        List("aliases", OccupationAuthorityRow.Split(row.Aliases));
        List("positions", row.Position.Length > 0 ? [row.Position] : []);
        List("domains", OccupationAuthorityRow.Split(row.Domains));
        List("designations", OccupationAuthorityRow.Split(row.Lists));
        List("sources", OccupationAuthorityRow.Split(row.SourceUrls));
        yaml.Append("    added_on: ").Append(AddedOn).Append('\n');
        yaml.Append("    added_by: ").Append(Quote(AddedBy)).Append('\n');
        yaml.Append("    reason: ").Append(Quote(row.Note)).Append('\n');
        yaml.Append("    confidence: ").Append(row.Confidence).Append('\n');

        void List(string field, List<string> items)
        {
            if (items.Count == 0)
            {
                return;
            }

            yaml.Append("    ").Append(field).Append(":\n");
            foreach (var item in items)
            {
                yaml.Append("      - ").Append(Quote(item)).Append('\n');
            }
        }
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\t' => quoted.Append("\\t"),
                < ' ' => quoted.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>Lower-case ASCII words joined by '-', diacritics dropped, cut to 80 characters at a word end.</summary>
    private static string Slug(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Replace("'", "", StringComparison.Ordinal).Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        var slug = words[0];
        foreach (var next in words.Skip(1))
        {
            if (slug.Length + 1 + next.Length > 80)
            {
                break;
            }

            slug += "-" + next;
        }

        return slug;
    }
}
