using Vetting.Matching.Evaluation.Tests.Support;

namespace Vetting.Matching.Evaluation.Tests.Transliteration;

/// <summary>
/// Known Cyrillic given names, found by the loose key of any of their Latin spellings, so that rebuilding Cyrillic
/// from a list's Latin gets given names right (Alexander → Александр, Tatiana → Татьяна, Yuri → Юрий).
/// </summary>
internal static class GivenNameLexicon
{
    private const string Russian =
        "Александр Алексей Анатолий Андрей Антон Аркадий Артём Артур Борис Вадим Валентин Валерий Василий Виктор Виталий "
        + "Владимир Владислав Вячеслав Геннадий Георгий Герман Глеб Григорий Денис Дмитрий Евгений Егор Иван Игорь Илья "
        + "Кирилл Константин Леонид Максим Михаил Никита Николай Олег Павел Пётр Роман Руслан Семён Сергей Станислав "
        + "Степан Тимур Фёдор Юрий Яков Ярослав Эдуард Эльдар Рустам Ринат Ильдар Арсений Всеволод Лев Марат Мурат "
        + "Александра Алла Анастасия Анна Валентина Вера Виктория Галина Дарья Евгения Екатерина Елена Елизавета Жанна "
        + "Инна Ирина Лариса Лидия Любовь Людмила Маргарита Марина Мария Надежда Наталья Нина Оксана Ольга Полина Раиса "
        + "Светлана София Тамара Татьяна Юлия Ксения Вероника Алина Кристина Анжелика";

    private const string Ukrainian =
        "Олександр Олексій Андрій Богдан Василь Віктор Віталій Володимир Геннадій Григорій Дмитро Євген Іван Ігор "
        + "Кирило Костянтин Михайло Микола Олег Павло Петро Сергій Тарас Юрій Ярослав Олена Ольга Тетяна Наталія "
        + "Ірина Світлана Людмила Ганна Катерина Оксана Юлія";

    /// <summary>English and other common Latin spellings no system table produces.</summary>
    private static readonly (string Latin, string Cyrillic)[] Extra =
    [
        ("Alexander", "Александр"), ("Alexandr", "Александр"), ("Alexei", "Алексей"), ("Alexey", "Алексей"),
        ("Aleksey", "Алексей"), ("Alexandra", "Александра"), ("Michail", "Михаил"), ("Victor", "Виктор"),
        ("Yuri", "Юрий"), ("Yury", "Юрий"), ("Iouri", "Юрий"), ("Julia", "Юлия"), ("Tatiana", "Татьяна"),
        ("Tatyana", "Татьяна"), ("Natalia", "Наталья"), ("Natalya", "Наталья"), ("Maxim", "Максим"),
        ("Arkady", "Аркадий"), ("Gennady", "Геннадий"), ("Dmitry", "Дмитрий"), ("Dmitri", "Дмитрий"),
        ("Evgeny", "Евгений"), ("Evgeniy", "Евгений"), ("Yevgeny", "Евгений"), ("Yevgeniy", "Евгений"),
        ("Valery", "Валерий"), ("Vitaly", "Виталий"), ("Anatoly", "Анатолий"), ("Grigory", "Григорий"),
        ("Georgy", "Георгий"), ("Vasily", "Василий"), ("Vasiliy", "Василий"), ("Nikolay", "Николай"),
        ("Andrey", "Андрей"), ("Andrei", "Андрей"), ("Sergei", "Сергей"), ("Sergey", "Сергей"), ("Igor", "Игорь"),
        ("Ilya", "Илья"), ("Olga", "Ольга"), ("Elena", "Елена"), ("Yelena", "Елена"), ("Ekaterina", "Екатерина"),
        ("Yekaterina", "Екатерина"), ("Lyudmila", "Людмила"), ("Ludmila", "Людмила"), ("Daria", "Дарья"),
        ("Darya", "Дарья"), ("Maria", "Мария"), ("Mariya", "Мария"), ("Sofia", "София"), ("Kseniya", "Ксения"),
        ("Oleh", "Олег"), ("Fedor", "Фёдор"), ("Fyodor", "Фёдор"), ("Pyotr", "Пётр"), ("Petr", "Пётр"), ("Semyon", "Семён"),
    ];

    private static readonly Dictionary<string, string> ByKey = Build();

    /// <summary>The Cyrillic given name a Latin spelling stands for, or null when it is not a known name.</summary>
    public static string? Find(string latin) => ByKey.GetValueOrDefault(LooseKey.Of(latin));

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (latin, cyrillic) in Extra)
        {
            map.TryAdd(LooseKey.Of(latin), cyrillic);
        }

        foreach (var name in Russian.Split(' ').Concat(Ukrainian.Split(' ')))
        {
            foreach (var system in Enum.GetValues<CyrillicSystem>())
            {
                map.TryAdd(LooseKey.Of(CyrillicTransliterator.Transliterate(name, system)), name);
            }
        }

        return map;
    }
}
