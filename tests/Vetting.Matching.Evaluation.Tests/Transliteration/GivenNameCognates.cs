namespace Vetting.Matching.Evaluation.Tests.Transliteration;

/// <summary>
/// Russian and Ukrainian forms of the same given name (a translation, not a transliteration: Владимир / Володимир),
/// research doc §3. Only pairs whose Cyrillic differs are listed.
/// </summary>
internal static class GivenNameCognates
{
    private static readonly (string Russian, string Ukrainian)[] Pairs =
    [
        ("Александр", "Олександр"), ("Алексей", "Олексій"), ("Анатолий", "Анатолій"), ("Андрей", "Андрій"),
        ("Аркадий", "Аркадій"), ("Артём", "Артем"), ("Валерий", "Валерій"), ("Василий", "Василь"), ("Виктор", "Віктор"),
        ("Виталий", "Віталій"), ("Владимир", "Володимир"), ("Вячеслав", "Вʼячеслав"), ("Геннадий", "Геннадій"),
        ("Георгий", "Георгій"), ("Григорий", "Григорій"), ("Дмитрий", "Дмитро"), ("Евгений", "Євген"), ("Иван", "Іван"),
        ("Игорь", "Ігор"), ("Кирилл", "Кирило"), ("Константин", "Костянтин"), ("Леонид", "Леонід"), ("Михаил", "Михайло"),
        ("Никита", "Микита"), ("Николай", "Микола"), ("Павел", "Павло"), ("Пётр", "Петро"), ("Петр", "Петро"),
        ("Семён", "Семен"), ("Сергей", "Сергій"), ("Станислав", "Станіслав"), ("Фёдор", "Федір"), ("Федор", "Федір"),
        ("Юрий", "Юрій"), ("Илья", "Ілля"), ("Яков", "Яків"), ("Эдуард", "Едуард"), ("Олег", "Олег"), ("Ильдар", "Ільдар"),
        ("Григорий", "Григорій"), ("Вадим", "Вадим"), ("Филипп", "Пилип"), ("Ефим", "Юхим"), ("Тимофей", "Тимофій"),
        ("Александра", "Олександра"), ("Анастасия", "Анастасія"), ("Анна", "Ганна"), ("Екатерина", "Катерина"),
        ("Елена", "Олена"), ("Ирина", "Ірина"), ("Мария", "Марія"), ("Наталья", "Наталія"), ("Наталия", "Наталія"),
        ("Нина", "Ніна"), ("Светлана", "Світлана"), ("Татьяна", "Тетяна"), ("Юлия", "Юлія"), ("Лидия", "Лідія"),
        ("Инна", "Інна"), ("Евгения", "Євгенія"), ("Раиса", "Раїса"), ("Людмила", "Людмила"), ("Ольга", "Ольга"),
        ("Дарья", "Дарина"), ("Валентина", "Валентина"), ("Любовь", "Любов"), ("Виктория", "Вікторія"),
    ];

    private static readonly Dictionary<string, string> ToUkrainian = Build(p => p.Russian, p => p.Ukrainian);
    private static readonly Dictionary<string, string> ToRussian = Build(p => p.Ukrainian, p => p.Russian);

    /// <summary>The other language's form, or null when the name is not in the table or is spelled the same.</summary>
    public static string? Counterpart(string cyrillicGivenName, CyrillicLanguage language)
    {
        var key = Key(cyrillicGivenName);
        var map = language == CyrillicLanguage.Russian ? ToUkrainian : ToRussian;
        return map.TryGetValue(key, out var other) && !string.Equals(Key(other), key, StringComparison.Ordinal) ? other : null;
    }

    /// <summary>The Ukrainian form of a Russian given name, or the name itself.</summary>
    public static string Ukrainise(string cyrillicGivenName) => Counterpart(cyrillicGivenName, CyrillicLanguage.Russian) ?? cyrillicGivenName;

    private static Dictionary<string, string> Build(
        Func<(string Russian, string Ukrainian), string> key, Func<(string Russian, string Ukrainian), string> value)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in Pairs)
        {
            map.TryAdd(Key(key(pair)), value(pair));
        }

        return map;
    }

    private static string Key(string name) => name.ToLowerInvariant().Replace('ё', 'е');
}
