using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vetting.Watchlists.Tests.OpenSanctions;

/// <summary>
/// Writes a synthetic OpenSanctions <c>entities.ftm.json</c> of any size for benchmarks (BCL only, so a benchmark
/// project can link this file). Deterministic for a seed. Per target: a Person, Company or Vessel line with
/// Latin and Cyrillic names, birth date, country, identifiers and referents; plus a <c>Sanction</c> helper for every
/// target, written before its target for every third one and after it otherwise, and an <c>Address</c> helper for
/// every fifth. Helpers never count as targets.
/// </summary>
public static class FtmBenchmarkData
{
    private static readonly string[] Given = ["Aleksandr", "Sergey", "Olga", "Natalia", "Vladimir", "Irina", "Rustam", "Elena"];
    private static readonly string[] GivenCyrillic = ["Александр", "Сергей", "Ольга", "Наталья", "Владимир", "Ирина", "Рустам", "Елена"];
    private static readonly string[] Family = ["Zakharov", "Aksyonov", "Konstantinov", "Muradov", "Chaliy", "Zima", "Malyshev"];
    private static readonly string[] FamilyCyrillic = ["Захаров", "Аксёнов", "Константинов", "Мурадов", "Чалый", "Зима", "Малышев"];
    private static readonly string[] Programmes = ["EU-UKR", "US-RUSHAR", "GB-RUS", "UA-SA1644", "UA-WS-MARE"];

    /// <summary>Writes <paramref name="targets"/> target entities plus their helpers; returns the number of lines written.</summary>
    public static int Write(string path, int targets, int seed = 7)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(targets);
        var random = new Random(seed);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var lines = 0;
        for (var i = 0; i < targets; i++)
        {
            var id = "NK-bench" + i.ToString(CultureInfo.InvariantCulture);
            var sanctionFirst = i % 3 == 0;
            if (sanctionFirst)
            {
                lines += Line(stream, writer, w => Sanction(w, id, random));
            }

            if (i % 5 == 0)
            {
                lines += Line(stream, writer, w => Address(w, id, random));
            }

            lines += Line(stream, writer, w => Target(w, id, i, random));
            if (!sanctionFirst)
            {
                lines += Line(stream, writer, w => Sanction(w, id, random));
            }
        }

        return lines;
    }

    private static int Line(Stream stream, Utf8JsonWriter writer, Action<Utf8JsonWriter> write)
    {
        write(writer);
        writer.Flush();
        writer.Reset();
        stream.WriteByte((byte)'\n');
        return 1;
    }

    private static void Target(Utf8JsonWriter w, string id, int i, Random random)
    {
        var schema = (i % 10) switch { < 6 => "Person", < 9 => "Company", _ => "Vessel" };
        var g = random.Next(Given.Length);
        var f = random.Next(Family.Length);
        var latin = schema == "Person" ? $"{Given[g]} {Family[f].ToUpperInvariant()}" : $"{Family[f]} Holding {i}";
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("caption", latin);
        w.WriteString("schema", schema);
        w.WriteStartObject("properties");
        Values(w, "name", latin, schema == "Person" ? $"{GivenCyrillic[g]} {FamilyCyrillic[f]}" : $"{FamilyCyrillic[f]} Холдинг {i}");
        Values(w, "alias", $"{Family[f]} {Given[g]}");
        if (schema == "Person")
        {
            Values(w, "firstName", Given[g]);
            Values(w, "lastName", Family[f]);
            Values(w, "birthDate", $"{1940 + random.Next(60)}-{1 + random.Next(12):00}-{1 + random.Next(28):00}");
            Values(w, "nationality", "ru");
            Values(w, "position", "Deputy of the State Council of the Republic of Crimea");
        }
        else
        {
            Values(w, "country", random.Next(4) == 0 ? "ua-cri" : "ru");
            Values(w, schema == "Vessel" ? "imoNumber" : "innCode", (9_000_000 + i % 1_000_000).ToString(CultureInfo.InvariantCulture));
            Values(w, "email", $"info{i}@example.ru");
        }

        Values(w, "programId", Programmes[i % Programmes.Length]);
        if (i % 5 == 0)
        {
            Values(w, "addressEntity", "addr-" + id);
        }

        w.WriteEndObject();
        Values(w, "datasets", "bench_dataset", i % 2 == 0 ? "us_ofac_sdn" : "eu_fsf");
        Values(w, "referents", "ofac-" + i.ToString(CultureInfo.InvariantCulture));
        w.WriteBoolean("target", true);
        w.WriteString("last_seen", "2026-11-27T10:00:00");
        w.WriteEndObject();
    }

    private static void Sanction(Utf8JsonWriter w, string entity, Random random)
    {
        w.WriteStartObject();
        w.WriteString("id", "sanction-" + entity);
        w.WriteString("schema", "Sanction");
        w.WriteStartObject("properties");
        Values(w, "entity", entity);
        Values(w, "programId", Programmes[random.Next(Programmes.Length)]);
        Values(w, "startDate", $"{2014 + random.Next(12)}-0{1 + random.Next(9)}-1{random.Next(10)}");
        Values(w, "sourceUrl", "https://example.org/sanctions/" + entity);
        w.WriteEndObject();
        w.WriteBoolean("target", false);
        w.WriteEndObject();
    }

    private static void Address(Utf8JsonWriter w, string entity, Random random)
    {
        var street = new StringBuilder("ul. Pushkinskaya ").Append(random.Next(1, 300)).ToString();
        w.WriteStartObject();
        w.WriteString("id", "addr-" + entity);
        w.WriteString("schema", "Address");
        w.WriteStartObject("properties");
        Values(w, "full", street + ", Simferopol");
        Values(w, "street", street);
        Values(w, "city", "Simferopol");
        Values(w, "country", "ua-cri");
        w.WriteEndObject();
        w.WriteBoolean("target", false);
        w.WriteEndObject();
    }

    private static void Values(Utf8JsonWriter w, string name, params string[] values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
