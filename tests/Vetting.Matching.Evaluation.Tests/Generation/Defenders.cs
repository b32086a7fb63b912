namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>
/// The people these meetings exist for. These are real, public figures — Crimean Tatar representatives, Ukrainian
/// diplomats and officials, human-rights defenders and journalists, Russian opposition figures and Alexei Navalny's
/// colleagues — used here only as must-clear negatives: none of them is on the lists, and flagging any of them because
/// they share a first name, a place name or a body's wording with an occupation official is exactly the failure the
/// product must not have. Names as publicly written; bodies and titles as publicly reported (some are former roles).
/// </summary>
internal static class Defenders
{
    private const string Mejlis = "Mejlis of the Crimean Tatar People";
    private const string Mfa = "Ministry of Foreign Affairs of Ukraine";
    private const string Ppu = "Permanent Representation of the President of Ukraine in the Autonomous Republic of Crimea";
    private const string Chrg = "Crimean Human Rights Group";
    private const string Ccl = "Center for Civil Liberties";
    private const string Acf = "Anti-Corruption Foundation";
    private const string Memorial = "Memorial Human Rights Defence Centre";

    /// <summary>Role addresses of the bodies (never a person's own address).</summary>
    public static IReadOnlyDictionary<string, string> Mailboxes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Mejlis] = "office@qtmm.org",
        [Mfa] = "press@mfa.gov.ua",
        [Ppu] = "info@ppu.gov.ua",
        [Chrg] = "info@crimeahrg.org",
        [Ccl] = "info@ccl.org.ua",
        [Acf] = "info@fbk.info",
    };

    public static IReadOnlyList<Defender> All { get; } =
    [
        new("Crimean Tatar",
            ["Mustafa|Dzhemilev", "Mustafa|Cemilev", "Mustafa|Jemilev", "Mustafa|Dzhemiliev", "Мустафа|Джемилев", "Мустафа|Джемілєв"],
            [Mejlis, "Verkhovna Rada of Ukraine"], ["Leader of the Crimean Tatar People", "Member of Parliament of Ukraine"]),
        new("Crimean Tatar", ["Refat|Chubarov", "Refat|Çubarov", "Refat|Tchoubarov", "Рефат|Чубаров"],
            [Mejlis], ["Chairman of the Mejlis of the Crimean Tatar People", "Head of the Mejlis"]),
        new("Crimean Tatar", ["Akhtem|Chiygoz", "Ahtem|Çiygoz", "Akhtem|Chyihoz", "Ахтем|Чийгоз"],
            [Mejlis, "Verkhovna Rada of Ukraine"], ["Deputy Chairman of the Mejlis of the Crimean Tatar People", "Member of Parliament of Ukraine"]),
        new("Crimean Tatar", ["Nariman|Dzhelyal", "Nariman|Celâl", "Nariman|Dzhelial", "Нариман|Джелял", "Наріман|Джелял"],
            [Mejlis, Mfa], ["First Deputy Chairman of the Mejlis of the Crimean Tatar People", "Ambassador of Ukraine to Türkiye"]),
        new("Crimean Tatar", ["Emine|Dzheppar", "Emine|Dzhaparova", "Emine|Ceppar", "Еміне|Джеппар", "Эмине|Джеппар"],
            [Mfa], ["First Deputy Minister of Foreign Affairs of Ukraine", "First Deputy Minister"]),
        new("Crimean Tatar", ["Server|Mustafayev", "Server|Mustafaiev", "Server|Mustafaev", "Сервер|Мустафаев", "Сервер|Мустафаєв"],
            ["Crimean Solidarity"], ["Coordinator, Crimean Solidarity", "Human rights defender"]),
        new("Crimean Tatar", ["Ilmi|Umerov", "İlmi|Ümerov", "Ільмі|Умеров", "Ильми|Умеров"],
            [Mejlis], ["Deputy Chairman of the Mejlis of the Crimean Tatar People", "Former head of the Bakhchysarai district administration"]),
        new("Crimean Tatar", ["Eskender|Bariiev", "Eskender|Bariyev", "Ескендер|Барієв"],
            ["Crimean Tatar Resource Center", Mejlis], ["Head of the Crimean Tatar Resource Center", "Member of the Mejlis"]),
        new("Crimean Tatar", ["Lutfiye|Zudiyeva", "Lutfiie|Zudiieva", "Лютфіє|Зудієва"],
            ["Crimean Solidarity"], ["Human rights defender", "Journalist"]),
        new("Crimean Tatar", ["Alim|Aliev", "Alim|Aliiev", "Алім|Алієв"],
            ["Ukrainian Institute", "Crimean House"], ["Deputy Director General, Ukrainian Institute", "Programme Director"]),
        new("Crimean Tatar", ["Rustem|Umerov", "Rustem|Umierov", "Рустем|Умєров"],
            ["Ministry of Defence of Ukraine", "National Security and Defense Council of Ukraine"],
            ["Minister of Defence of Ukraine", "Secretary of the National Security and Defense Council"]),
        new("Crimean Tatar", ["Tamila|Tasheva", "Tamila|Tashewa", "Таміла|Ташева"],
            [Ppu], ["Permanent Representative of the President of Ukraine in the Autonomous Republic of Crimea", "Co-founder, CrimeaSOS"]),
        new("Crimean Tatar", ["Emil|Kurbedinov", "Еміль|Курбедінов", "Эмиль|Курбединов"],
            ["Crimean Solidarity"], ["Human rights lawyer", "Attorney"]),
        new("Crimean Tatar", ["Ayder|Muzhdabaev", "Aider|Muzhdabaiev", "Айдер|Муждабаев"],
            ["ATR TV Channel"], ["Deputy Director General, ATR", "Journalist"]),
        new("Crimean Tatar", ["Sevgil|Musaieva", "Sevgil|Musayeva", "Севгіль|Мусаєва"],
            ["Ukrainska Pravda"], ["Editor-in-Chief, Ukrainska Pravda", "Journalist"]),
        new("Ukrainian diplomat", ["Anton|Korynevych", "Anton|Korinevich", "Антон|Кориневич"],
            [Ppu, Mfa], ["Permanent Representative of the President of Ukraine in the Autonomous Republic of Crimea", "Ambassador-at-large"]),
        new("Ukrainian diplomat", ["Dmytro|Kuleba", "Dmitry|Kuleba", "Дмитро|Кулеба"],
            [Mfa], ["Minister of Foreign Affairs of Ukraine", "Former Minister of Foreign Affairs"]),
        new("Ukrainian diplomat", ["Andrii|Sybiha", "Andriy|Sybiha", "Андрій|Сибіга"],
            [Mfa], ["Minister of Foreign Affairs of Ukraine", "Deputy Head of the Office of the President of Ukraine"]),
        new("Ukrainian diplomat", ["Sergiy|Kyslytsya", "Serhii|Kyslytsia", "Sergey|Kislitsa", "Сергій|Кислиця"],
            [Mfa, "Permanent Mission of Ukraine to the United Nations"],
            ["First Deputy Minister of Foreign Affairs of Ukraine", "Permanent Representative of Ukraine to the United Nations"]),
        new("Ukrainian diplomat", ["Yevhenii|Tsymbaliuk", "Yevgeniy|Tsymbalyuk", "Євгеній|Цимбалюк"],
            ["Permanent Mission of Ukraine to the International Organizations in Vienna", Mfa],
            ["Permanent Representative of Ukraine to the OSCE", "Ambassador"]),
        new("Ukrainian diplomat", ["Mykola|Tochytskyi", "Nikolai|Tochitsky", "Микола|Точицький"],
            [Mfa], ["Deputy Minister of Foreign Affairs of Ukraine", "Ambassador of Ukraine"]),
        new("Human-rights defender", ["Oleksandra|Matviichuk", "Oleksandra|Matviychuk", "Aleksandra|Matviychuk", "Олександра|Матвійчук"],
            [Ccl], ["Head of the Center for Civil Liberties", "Human rights lawyer"]),
        new("Human-rights defender", ["Olga|Skrypnyk", "Olha|Skrypnyk", "Ольга|Скрипник"],
            [Chrg], ["Chair of the Crimean Human Rights Group", "Head of the Board, Crimean Human Rights Group"]),
        new("Human-rights defender", ["Mykola|Semena", "Nikolai|Semena", "Микола|Семена"],
            ["Radio Free Europe/Radio Liberty"], ["Journalist", "Correspondent, Krym.Realii"]),
        new("Human-rights defender", ["Nikolai|Polozov", "Mykola|Polozov", "Николай|Полозов"],
            ["Crimean Solidarity"], ["Defence lawyer", "Attorney"]),
        new("Russian opposition", ["Leonid|Volkov", "Леонид|Волков"], [Acf], ["Chief of Staff", "Political director"]),
        new("Russian opposition", ["Ivan|Zhdanov", "Иван|Жданов"], [Acf], ["Director, Anti-Corruption Foundation", "Lawyer"]),
        new("Russian opposition", ["Lyubov|Sobol", "Lubov|Sobol", "Любовь|Соболь"], [Acf], ["Lawyer", "Politician"]),
        new("Russian opposition", ["Maria|Pevchikh", "Mariya|Pevchikh", "Мария|Певчих"],
            [Acf],
            ["Head of Investigations", "Chair of the Board, Anti-Corruption Foundation"]),
        new("Russian opposition", ["Georgy|Alburov", "Georgii|Alburov", "Георгий|Албуров"],
            [Acf],
            ["Investigator", "Head of the investigations department"]),
        new("Russian opposition", ["Kira|Yarmysh", "Kira|Iarmysh", "Кира|Ярмыш"], [Acf], ["Press Secretary", "Spokesperson"]),
        new("Russian opposition", ["Ruslan|Shaveddinov", "Руслан|Шаведдинов"], [Acf], ["Project Manager", "Producer"]),
        new("Russian opposition", ["Yulia|Navalnaya", "Yuliya|Navalnaya", "Юлия|Навальная"],
            [Acf],
            ["Chair of the International Advisory Board", "Politician"]),
        new("Russian opposition", ["Vladimir|Kara-Murza", "Vladimir|Kara Murza", "Владимир|Кара-Мурза"],
            ["Free Russia Foundation"], ["Vice President, Free Russia Foundation", "Journalist"]),
        new("Russian opposition", ["Ilya|Yashin", "Илья|Яшин"], ["People's Freedom Party"], ["Municipal deputy", "Politician"]),
        new("Russian opposition", ["Oleg|Orlov", "Олег|Орлов"],
            [Memorial],
            ["Co-chair, Memorial Human Rights Defence Centre", "Human rights defender"]),
        new("Russian opposition", ["Svetlana|Gannushkina", "Светлана|Ганнушкина"],
            ["Civic Assistance Committee"],
            ["Chair, Civic Assistance Committee", "Human rights defender"]),
        new("Russian opposition", ["Lev|Ponomaryov", "Lev|Ponomarev", "Лев|Пономарёв"],
            ["For Human Rights movement"],
            ["Executive Director", "Human rights defender"]),
        new("Russian opposition", ["Dmitry|Muratov", "Dmitrii|Muratov", "Дмитрий|Муратов"],
            ["Novaya Gazeta"],
            ["Editor-in-Chief, Novaya Gazeta", "Journalist"]),
    ];
}
