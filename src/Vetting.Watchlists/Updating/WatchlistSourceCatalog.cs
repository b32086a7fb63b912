using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vetting.Watchlists.Updating;

/// <summary>The list sources Vetting knows, read from <c>watchlists/sources.json</c>.</summary>
public sealed class WatchlistSourceCatalog
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter() },
    };

    public WatchlistSourceCatalog(IReadOnlyList<WatchlistSourceDefinition> sources)
    {
        Sources = sources;
    }

    public IReadOnlyList<WatchlistSourceDefinition> Sources { get; }

    public WatchlistSourceDefinition? Find(string source) =>
        Sources.FirstOrDefault(s => string.Equals(s.Source, source, StringComparison.OrdinalIgnoreCase));

    /// <exception cref="InvalidDataException">The file is not a valid source catalogue; the message says where.</exception>
    public static WatchlistSourceCatalog Load(string path)
    {
        CatalogFile? file;
        try
        {
            file = JsonSerializer.Deserialize<CatalogFile>(File.ReadAllText(path), Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}:{ex.LineNumber + 1}: {ex.Message}", ex);
        }

        var sources = file?.Sources ?? throw new InvalidDataException($"{Path.GetFileName(path)}: no \"sources\" array");
        foreach (var s in sources)
        {
            if (s.Files.Count == 0 || s.Files.Values.Any(u => !u.IsAbsoluteUri))
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}: source '{s.Source}' needs absolute file URLs");
            }

            if (s.CadenceHours <= 0)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}: source '{s.Source}' needs a positive cadenceHours");
            }
        }

        var duplicate = sources.GroupBy(s => s.Source, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? new WatchlistSourceCatalog(sources)
            : throw new InvalidDataException($"{Path.GetFileName(path)}: source '{duplicate.Key}' appears twice");
    }

    private sealed record CatalogFile(List<WatchlistSourceDefinition> Sources)
    {
        [JsonPropertyName("$comment")]
        public string? Comment { get; init; }
    }
}
