using System.Globalization;

namespace Vetting.Testing.FakeZoom;

/// <summary>Makes <see cref="Count"/> registrants in <see cref="Status"/>, the same ones for the same seed.</summary>
public sealed record FakeZoomRegistrantGenerator(int Count, string Status = "pending", int Seed = 1, string? OccurrenceId = null)
{
    private static readonly string[] Given = ["Ana", "Boris", "Chiara", "Dmytro", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas"];
    private static readonly string[] Family = ["Petrova", "Novak", "Rossi", "Kovalenko", "Yilmaz", "Haddad", "Berg", "Martin", "Silva", "Weber"];
    private static readonly string[] Orgs = ["Nordhafen Shipping GmbH", "Ministry of Transport", "Civic Forum", "Delta Logistics", ""];
    private static readonly string[] Countries = ["DE", "France", "UA", "IT", "TR", ""];

    public IEnumerable<FakeZoomRegistrant> Create()
    {
        var random = new Random(Seed);
        for (var i = 0; i < Count; i++)
        {
            var n = i.ToString("D6", CultureInfo.InvariantCulture);
            yield return new FakeZoomRegistrant
            {
                Id = $"g{Seed}r{n}",
                Email = $"registrant{n}.s{Seed}@example.org",
                FirstName = Given[random.Next(Given.Length)],
                LastName = Family[random.Next(Family.Length)],
                Org = Orgs[random.Next(Orgs.Length)],
                Country = Countries[random.Next(Countries.Length)],
                Status = Status,
                CreateTime = new DateTimeOffset(2026, 2, 1, 8, 0, 0, TimeSpan.Zero).AddSeconds(i * 7).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                OccurrenceId = OccurrenceId,
            };
        }
    }
}
