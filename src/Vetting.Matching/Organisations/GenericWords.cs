using System.Collections.Frozen;
using Vetting.Matching.Text;

namespace Vetting.Matching.Organisations;

/// <summary>
/// Words that name a kind of body, an office, a rank or a field rather than one organisation: ministry, council,
/// group, head, deputy, foreign affairs, defence, engineer... Shared by registrants and listed bodies alike, they
/// carry no weight alone: an organisation or job title matches a listed body only through its distinctive words
/// (a place, a proper name), or as the whole name with nothing distinctive added ("Ministry of Defence of
/// Ukraine" is not the listed "MINISTRY OF DEFENCE"). Stored as skeletons, so Russian, Ukrainian and transliterated
/// forms are recognised too.
/// </summary>
internal static class GenericWords
{
    private static readonly string[] English =
    [
        // Bodies and offices.
        "ministry", "ministries", "department", "council", "committee", "commission", "group", "office", "agency", "service",
        "services", "administration", "authority", "government", "cabinet", "parliament", "assembly", "board", "bureau",
        "directorate", "division", "unit", "section", "branch", "centre", "center", "institute", "institution",
        "university", "academy", "school", "college", "foundation", "fund", "union", "association", "society",
        "organization", "organisation", "federation", "confederation", "chamber", "court", "prosecutor", "police",
        "army", "forces", "force", "command", "headquarters", "mission", "delegation", "representation", "embassy",
        "consulate", "secretariat", "presidium", "station", "enterprise", "enterprises", "holding", "holdings",
        "partners", "partnership", "network", "project", "programme", "program", "initiative", "platform", "movement",
        "party", "front", "bloc", "team", "club", "company", "firm", "corporation", "trust", "bank", "house",
        // Offices and ranks.
        "head", "chief", "chairman", "chairwoman", "chairperson", "chair", "deputy", "vice", "first", "second",
        "acting", "president", "minister", "secretary", "director", "general", "manager", "officer", "adviser",
        "advisor", "assistant", "supervisor", "supervisory", "specialist", "expert", "consultant", "analyst", "coordinator", "member", "staff",
        "senior", "junior", "lead", "leading", "principal", "executive", "associate", "representative", "envoy",
        "ambassador", "counsellor", "counselor", "attache", "spokesperson", "spokesman", "press", "governor", "mayor",
        "commissioner", "ombudsman", "leader", "leadership", "founder", "editor", "journalist",
        "correspondent", "researcher", "professor", "doctor", "engineer", "lawyer", "attorney", "teacher", "lecturer",
        "student", "fellow", "intern", "former", "retired", "honorary", "permanent", "plenipotentiary", "extraordinary",
        "special", "legal", "human", "rights", "resource", "resources",
        // Fields a body or office covers.
        "foreign", "affairs", "internal", "interior", "home", "defence", "defense", "justice", "finance", "financial",
        "economy", "economic", "economics", "development", "trade", "industry", "industrial", "agriculture",
        "energy", "transport", "health", "education", "science", "culture", "sport", "sports", "youth", "tourism",
        "labour", "labor", "social", "policy", "policies", "information", "communications", "communication", "media",
        "property", "land", "relations", "emergency", "emergencies", "situations", "security", "safety", "ecology",
        "environment", "natural", "construction", "housing", "investment", "investments", "management", "planning",
        "public", "national", "state", "federal", "regional", "municipal", "city", "local", "central", "international",
        "global", "republic", "region", "district", "province", "territory", "people", "peoples",
        "supreme", "high", "higher", "new", "united", "joint", "support", "protection",
        "monitoring", "research", "studies", "analysis", "strategic", "operations", "technical", "technology",
        "technologies", "engineering", "consulting", "solutions", "systems", "trading",
    ];

    private static readonly string[] Russian =
    [
        "министерство", "министр", "совет", "комитет", "комиссия", "управление", "департамент", "служба", "агентство",
        "администрация", "правительство", "аппарат", "отдел", "центр", "институт", "фонд", "союз", "ассоциация",
        "организация", "палата", "суд", "прокуратура", "представительство", "глава", "руководитель", "председатель",
        "заместитель", "первый", "президент", "секретарь", "директор", "начальник", "советник", "помощник",
        "специалист", "член", "государственный", "государственного", "государственная", "республики", "республика",
        "министров", "иностранных", "дел", "обороны", "финансов", "юстиции", "внутренних", "экономического",
        "развития", "народный", "народного", "городской", "города", "муниципальный", "избирательная", "постоянное",
        "постоянный", "міністерство", "міністр", "рада", "комітет", "комісія", "управління",
        "адміністрація", "уряд", "голова", "керівник", "заступник", "перший", "секретар",
        "радник", "помічник", "фахівець", "державний", "державна", "республіки", "міністрів", "закордонних", "справ",
        "оборони", "фінансів", "юстиції", "постійне", "представництво", "президента",
    ];

    private static readonly FrozenSet<string> Surfaces = English.Concat(Russian).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Skeletons this short stand for too many different words to be recognised by sound alone.</summary>
    private const int MinSkeletonLength = 4;

    private static readonly FrozenSet<string> Skeletons = English
        .Select(w => PhoneticSkeleton.Build(w, CyrillicLanguage.Russian))
        .Concat(Russian.Select(w => PhoneticSkeleton.Build(w, CyrillicSkeleton.Detect(w))))
        .Where(s => s.Length >= MinSkeletonLength)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for a generic word (or its English plural), by its lower-case letters or (for longer words) by its skeleton; numbers too.</summary>
    public static bool Contains(string surface, string skeleton) =>
        Surfaces.Contains(surface) || Skeletons.Contains(skeleton) || IsNumber(surface)
        || (surface.Length > 4 && surface[^1] == 's' && Surfaces.Contains(surface[..^1]));

    private static bool IsNumber(string surface)
    {
        foreach (var c in surface)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return surface.Length > 0;
    }
}
