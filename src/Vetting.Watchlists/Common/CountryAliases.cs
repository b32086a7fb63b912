namespace Vetting.Watchlists.Common;

/// <summary>Country names as sanctions lists write them where they differ from the ISO/CLDR English name.</summary>
internal static class CountryAliases
{
    public static readonly (string Name, string Code)[] All =
    [
        ("Russia", "RU"), ("Russian Federation", "RU"), ("USSR", "SU"), ("Soviet Union", "SU"),
        ("Ukraine", "UA"), ("Crimea", "UA-CRI"), ("Crimea region of Ukraine", "UA-CRI"),
        ("Autonomous Republic of Crimea", "UA-CRI"), ("Belarus", "BY"), ("Moldova", "MD"), ("Moldova, Republic of", "MD"),
        ("Iran", "IR"), ("Iran (Islamic Republic of)", "IR"), ("Iran, Islamic Republic of", "IR"),
        ("Syria", "SY"), ("Syrian Arab Republic", "SY"),
        ("North Korea", "KP"), ("Korea, North", "KP"), ("Democratic People's Republic of Korea", "KP"),
        ("Korea, Democratic People's Republic of", "KP"), ("DPRK", "KP"),
        ("South Korea", "KR"), ("Korea, South", "KR"), ("Republic of Korea", "KR"), ("Korea, Republic of", "KR"),
        ("Burma", "MM"), ("Myanmar", "MM"), ("Laos", "LA"), ("Lao People's Democratic Republic", "LA"),
        ("Vietnam", "VN"), ("Viet Nam", "VN"), ("Venezuela", "VE"), ("Venezuela (Bolivarian Republic of)", "VE"),
        ("Bolivia", "BO"), ("Tanzania", "TZ"), ("United Republic of Tanzania", "TZ"),
        ("Congo, Democratic Republic of the", "CD"), ("Democratic Republic of the Congo", "CD"), ("Congo (Kinshasa)", "CD"),
        ("Congo, Republic of the", "CG"), ("Congo", "CG"), ("Cote d'Ivoire", "CI"), ("Côte d'Ivoire", "CI"), ("Ivory Coast", "CI"),
        ("United Kingdom", "GB"), ("United Kingdom of Great Britain and Northern Ireland", "GB"), ("UK", "GB"),
        ("United States", "US"), ("United States of America", "US"), ("USA", "US"),
        ("Turkey", "TR"), ("Türkiye", "TR"), ("Czech Republic", "CZ"), ("Czechia", "CZ"),
        ("Macedonia", "MK"), ("North Macedonia", "MK"), ("The former Yugoslav Republic of Macedonia", "MK"),
        ("Palestinian", "PS"), ("West Bank", "PS"), ("Gaza", "PS"), ("Palestine", "PS"), ("State of Palestine", "PS"),
        ("Kosovo", "XK"), ("Taiwan", "TW"), ("Hong Kong", "HK"), ("Macau", "MO"), ("Macao", "MO"),
        ("Brunei", "BN"), ("Cabo Verde", "CV"), ("Cape Verde", "CV"), ("Eswatini", "SZ"), ("Swaziland", "SZ"),
        ("Libya", "LY"), ("Libyan Arab Jamahiriya", "LY"), ("Sudan", "SD"), ("South Sudan", "SS"),
        ("Bosnia and Herzegovina", "BA"), ("Bosnia-Herzegovina", "BA"), ("Micronesia, Federated States of", "FM"),
        ("Saint Kitts and Nevis", "KN"), ("St. Kitts and Nevis", "KN"), ("Vatican City", "VA"), ("Holy See", "VA"),
        ("Region: Gaza", "PS"), ("Netherlands Antilles", "AN"), ("Kyrgyzstan", "KG"), ("Kyrgyz Republic", "KG"),
        ("Georgia", "GE"), ("Abkhazia", "GE-AB"), ("South Ossetia", "GE-SK"),
    ];
}
