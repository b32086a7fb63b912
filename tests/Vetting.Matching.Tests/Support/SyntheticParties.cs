namespace Vetting.Matching.Tests.Support;

/// <summary>Deterministic synthetic parties for index tests (combinations of real given names and surnames).</summary>
internal static class SyntheticParties
{
    private static readonly string[] Given = ["Sergey", "Vladimir", "Natalia", "Olga", "Dmitry", "Ivan", "Anna", "Mikhail", "Yulia", "Oleg", "Pavel", "Irina"];
    private static readonly string[] Patronymics = ["Ivanovich", "Petrovna", "Sergeyevich", "Andreevna", "Pavlovich", "Olegovna"];
    private static readonly string[] Surnames =
    [
        "Ivanov", "Petrov", "Sidorenko", "Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Oliynyk",
        "Smirnov", "Kuznetsov", "Popov", "Vasiliev", "Sokolov", "Mikhailov", "Novikov", "Fedorov", "Morozov", "Volkov",
    ];

    public static List<ListedParty> Create(int count)
    {
        var parties = new List<ListedParty>(count);
        for (var i = 0; i < count; i++)
        {
            var given = Given[i % Given.Length];
            var surname = Surnames[i / Given.Length % Surnames.Length] + (i / (Given.Length * Surnames.Length) is var k and > 0 ? "-" + Surnames[k % Surnames.Length] : string.Empty);
            var patronymic = Patronymics[i % Patronymics.Length];
            parties.Add(new ListedParty
            {
                EntityId = "synthetic:" + i,
                Source = i % 3 == 0 ? "synthetic-a" : "synthetic-b",
                Kind = i % 10 == 9 ? PartyKind.Organisation : PartyKind.Person,
                Names = i % 10 == 9
                    ? [new ListedName($"OOO {surname} Trading {i}") { IsPrimary = true }]
                    : [new ListedName($"{surname.ToUpperInvariant()}, {given} {patronymic}") { IsPrimary = true }, new ListedName($"{given} {surname}") { Strength = NameStrength.Weak }],
                Domains = i % 50 == 0 ? [$"*.party{i}.example", $"contact@party{i}.example"] : [],
                Positions = i % 25 == 0 ? [$"Deputy Head of the Regional Committee number {i}"] : [],
                ReviewOnly = i % 7 == 0,
            });
        }

        return parties;
    }
}
