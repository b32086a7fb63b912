using System.Text.Json;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.FileImport.Platform;

/// <summary>
/// The statuses decisions gave to the registrants of one imported event: <c>{registrant id: status}</c> in a JSON file,
/// replaced atomically. It is what the organiser carries out on their own system.
/// </summary>
internal sealed class FileImportStatusLedger(string path)
{
    public string Path { get; } = path;

    public Dictionary<string, RegistrantStatus> Read()
    {
        if (!File.Exists(Path))
        {
            return new Dictionary<string, RegistrantStatus>(StringComparer.Ordinal);
        }

        try
        {
            var raw = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path)) ?? [];
            return raw.ToDictionary(
                kv => kv.Key,
                kv => Enum.TryParse<RegistrantStatus>(kv.Value, ignoreCase: true, out var status) ? status : RegistrantStatus.Unknown,
                StringComparer.Ordinal);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{Path}: the status file is damaged ({ex.Message}); restore it from a backup", ex);
        }
    }

    public void Write(IReadOnlyDictionary<string, RegistrantStatus> statuses)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!); // a full path always has a folder
        var temp = Path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(statuses.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value.ToString())));
        File.Move(temp, Path, overwrite: true);
    }
}
