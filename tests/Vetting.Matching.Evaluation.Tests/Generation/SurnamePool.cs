using Vetting.Matching.Evaluation.Tests.Support;
using Vetting.Matching.Evaluation.Tests.Transliteration;

namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>
/// Real, common Russian, Ukrainian and Crimean Tatar surnames (in Cyrillic, male form) for the hard negatives, minus
/// every surname that is a token of some listed person's name.
/// </summary>
internal static class SurnamePool
{
    private const string Russian =
        "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев Лебедев "
        + "Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов "
        + "Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин "
        + "Максимов Поляков Сорокин Виноградов Ковалёв Белов Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев "
        + "Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Денисов Гаврилов "
        + "Тихонов Казаков Афанасьев Данилов Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Калинин Исаев "
        + "Чернышёв Быков Маслов Родионов Коновалов Лазарев Воронин Климов Филатов Голубев Кудрявцев Прохоров Наумов "
        + "Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров Емельянов Никифоров Грачёв Котов "
        + "Гришин Ефремов Архипов Кириллов Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов Анисимов Ерёмин "
        + "Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров Симонов Прокофьев Харитонов Князев Цветков "
        + "Левин Митрофанов Воронцов Капустин Пушкин Лермонтов Аксаков Толстой Достоевский Чайковский Вяземский Островский "
        + "Муратов Муравьёв Коновалов Кононов Шереметьев Чаплин Плотников Пашкин";

    private const string Ukrainian =
        "Шевченко Коваленко Бондаренко Ткаченко Кравченко Олійник Шевчук Коваль Поліщук Бондар Ткачук Мельник Марченко "
        + "Руденко Савченко Петренко Лисенко Клименко Павленко Кравчук Кузьменко Іваненко Гриценко Левченко Литвиненко "
        + "Карпенко Мороз Сидоренко Тарасенко Гончаренко Мартиненко Романенко Пономаренко Приходько Мазур Костенко Власенко "
        + "Дмитренко Яковенко Бойко Кушнір Панченко Юрченко Захарчук Осадчий Білоус Гуменюк Остапчук Данильченко";

    private const string CrimeanTatar =
        "Меметов Аблаев Асанов Абдуллаев Сейтумеров Куртсеитов Бекиров Ибраимов Османов Халилов Эминов Аметов Велиев "
        + "Аблямитов Сулейманов Умеров Джемилев Чубаров Алиев Мамутов Небиев Керимов Исмаилов Юнусов Зекирьяев Бариев";

    /// <summary>(Cyrillic male form, language) of every pool surname that no listed person's name contains.</summary>
    public static List<(string Surname, CyrillicLanguage Language)> Unlisted(ListedNameKeys listed) =>
    [
        .. Russian.Split(' ').Concat(CrimeanTatar.Split(' ')).Select(s => (s, CyrillicLanguage.Russian))
            .Concat(Ukrainian.Split(' ').Select(s => (s, CyrillicLanguage.Ukrainian)))
            .Where(x => !listed.IsListedToken(x.s) && !listed.IsListedToken(Female(x.s)))
            .Distinct(),
    ];

    /// <summary>The female form of a Russian-style surname (-ов → -ова, -ский → -ская); others are unchanged.</summary>
    public static string Female(string surname)
    {
        if (surname.EndsWith("ский", StringComparison.Ordinal) || surname.EndsWith("цкий", StringComparison.Ordinal))
        {
            return surname[..^2] + "ая";
        }

        if (surname.EndsWith("ой", StringComparison.Ordinal))
        {
            return surname[..^2] + "ая";
        }

        return surname.EndsWith("ов", StringComparison.Ordinal) || surname.EndsWith("ев", StringComparison.Ordinal)
            || surname.EndsWith("ёв", StringComparison.Ordinal) || surname.EndsWith("ин", StringComparison.Ordinal)
            || surname.EndsWith("ын", StringComparison.Ordinal)
            ? surname + "а"
            : surname;
    }

    /// <summary>The surname as a registrant would type it in Latin: ICAO for Russian, KMU 55 for Ukrainian.</summary>
    public static string Latin(string surname, CyrillicLanguage language) =>
        CyrillicTransliterator.Transliterate(surname, language == CyrillicLanguage.Ukrainian ? CyrillicSystem.Ukraine2010 : CyrillicSystem.Icao9303);
}
