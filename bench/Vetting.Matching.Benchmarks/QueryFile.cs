using System.Text;
using System.Text.Json;

namespace Vetting.Matching.Benchmarks;

/// <summary>Registrant queries as JSON lines: how the build process hands the generated registrants to the screening process.</summary>
internal static class QueryFile
{
    public static void Write(string path, IEnumerable<RegistrantQuery> queries)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        foreach (var query in queries)
        {
            writer.WriteLine(JsonSerializer.Serialize(query));
        }
    }

    public static RegistrantQuery[] Read(string path) =>
        [.. File.ReadLines(path).Select(line => JsonSerializer.Deserialize<RegistrantQuery>(line)
            ?? throw new InvalidDataException($"{path}: a line is 'null', not a registrant query."))];
}
