using System.Text.Json;
using Bogus;

namespace Vetting.Watchlists.Benchmarks;

/// <summary>
/// Writes a FollowTheMoney JSON-lines file of generated people and companies (seeded, several locales), with one
/// Sanction record per tenth entity placed after its target, as OpenSanctions exports mix them.
/// </summary>
internal static class FtmGenerator
{
    private static readonly string[] Locales = ["en", "ru", "uk", "de", "fr", "tr", "ar", "pl"];

    public static void Write(string path, int count, int seed = 20261128)
    {
        Randomizer.Seed = new Random(seed);
        var fakers = Locales.Select(l => new Faker(l)).ToArray();
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        for (var i = 0; i < count; i++)
        {
            var f = fakers[i % fakers.Length];
            var person = i % 5 != 0;
            json.WriteStartObject();
            json.WriteString("id", $"gen-{i}");
            json.WriteString("schema", person ? "Person" : "Company");
            json.WriteStartObject("properties");
            if (person)
            {
                var first = f.Name.FirstName();
                var last = f.Name.LastName();
                WriteArray(json, "name", $"{first} {last}");
                WriteArray(json, "firstName", first);
                WriteArray(json, "lastName", last);
                WriteArray(json, "alias", $"{last} {first}");
                WriteArray(json, "birthDate", f.Date.Past(60, new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                WriteArray(json, "nationality", f.Address.CountryCode().ToLowerInvariant());
            }
            else
            {
                WriteArray(json, "name", f.Company.CompanyName());
                WriteArray(json, "country", f.Address.CountryCode().ToLowerInvariant());
                WriteArray(json, "email", f.Internet.Email());
            }

            json.WriteEndObject();
            WriteArray(json, "datasets", "generated");
            json.WriteBoolean("target", true);
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset();
            if (i % 10 == 0)
            {
                WriteSanction(json, stream, i);
            }
        }
    }

    private static void WriteSanction(Utf8JsonWriter json, Stream stream, int target)
    {
        json.Reset();
        json.WriteStartObject();
        json.WriteString("id", $"gen-sanction-{target}");
        json.WriteString("schema", "Sanction");
        json.WriteStartObject("properties");
        WriteArray(json, "entity", $"gen-{target}");
        WriteArray(json, "programId", "GEN-PROGRAMME");
        WriteArray(json, "listingDate", "2022-02-24");
        json.WriteEndObject();
        WriteArray(json, "datasets", "generated");
        json.WriteBoolean("target", false);
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
        json.Reset();
    }

    private static void WriteArray(Utf8JsonWriter json, string name, string value)
    {
        json.WriteStartArray(name);
        json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
