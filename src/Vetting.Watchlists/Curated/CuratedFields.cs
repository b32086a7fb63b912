namespace Vetting.Watchlists.Curated;

/// <summary>The field names of the curated format (watchlists/README.md) and the "did you mean" hint for typos.</summary>
internal static class CuratedFields
{
    public const string Id = "id";
    public const string Kind = "kind";
    public const string Names = "names";
    public const string Aliases = "aliases";
    public const string Positions = "positions";
    public const string Domains = "domains";
    public const string Designations = "designations";
    public const string Note = "note";
    public const string Sources = "sources";
    public const string AddedOn = "added_on";
    public const string AddedBy = "added_by";
    public const string Reason = "reason";
    public const string Confidence = "confidence";

    public static readonly string[] Entry =
        [Id, Kind, Names, Aliases, Positions, Domains, Designations, Note, Sources, AddedOn, AddedBy, Reason, Confidence];

    public static readonly string[] TopLevel = ["list", "entries"];

    public static readonly string[] ListInfo = ["title", "description", "updated_on"];

    /// <summary>"unknown field 'soruces' (did you mean 'sources'?)", or the list of known fields.</summary>
    public static string Unknown(string field, string[] known) =>
        Closest(field, known) is { } closest
            ? $"unknown field '{field}' (did you mean '{closest}'?)"
            : $"unknown field '{field}' (known fields: {string.Join(", ", known)})";

    /// <summary>The known field at most two edits away from a misspelt one, or null.</summary>
    public static string? Closest(string field, string[] known)
    {
        var lower = field.ToLowerInvariant();
        var closest = known.MinBy(k => Distance(lower, k));
        return closest is not null && Distance(lower, closest) <= 2 ? closest : null;
    }

    /// <summary>Levenshtein distance (edits to turn one word into the other).</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
