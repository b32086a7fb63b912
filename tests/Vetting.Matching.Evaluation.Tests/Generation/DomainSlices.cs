using Bogus;
using Vetting.Core.Watchlists;

namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>E-mail addresses on curated domains, and on subdomains of the curated subdomain patterns.</summary>
internal static class DomainSlices
{
    private const int PerDomain = 30;

    private static readonly string[] LocalParts =
    [
        "press", "info", "priemnaya", "office", "glava", "kanc", "secretary", "i.petrov", "a.smirnova", "s.ivanenko",
        "m.kovalenko", "o.sidorova", "n.popov", "d.morozov", "e.volkova", "v.lebedev", "pressa", "otdel.kadrov", "buh", "admin",
        "A.Kuznetsov", "YuPetrenko", "t.orlova", "r.abdullaev", "k.memetova", "p.zaitsev", "l.gromova", "g.pavlov", "f.usmanov", "e.akhmedova",
    ];

    private static readonly string[] Subdomains =
    [
        "minfin", "minobr", "mcx", "culture", "mtrud", "minek", "mzdrav", "minstroy", "mintrans", "press", "old", "mail",
        "glava", "sovmin", "minjust", "mincult", "arhiv", "komsport", "goskomnac", "minprom", "minkurort", "mvs", "mchs", "minzdrav",
        "econ.sovmin", "pressa.minobr", "mail.minfin", "docs", "portal", "rada",
    ];

    public static void Add(CorpusBuilder corpus, IReadOnlyList<WatchlistEntity> entities)
    {
        var faker = new Faker("ru") { Random = new Randomizer(3901) };
        var curated = entities.Where(e => e.Source == WatchlistSources.Curated).ToList();
        var listed = curated
            .SelectMany(e => e.Identifiers
                .Where(i => i.Type is IdentifierType.Domain or IdentifierType.Email or IdentifierType.Website)
                .Select(i => (Entity: e, Value: i.Value.Trim().ToLowerInvariant())))
            .ToList();
        var exact = listed.Where(x => !x.Value.StartsWith("*.", StringComparison.Ordinal) && !x.Value.Contains('@', StringComparison.Ordinal))
            .Select(x => x.Value).Distinct().Order(StringComparer.Ordinal).ToList();
        var patterns = listed.Where(x => x.Value.StartsWith("*.", StringComparison.Ordinal))
            .Select(x => x.Value[2..]).Distinct().Order(StringComparer.Ordinal).ToList();

        corpus.Add(
            new SliceDefinition("curated-domains", "Curated e-mail domain", IsPositive: true,
                $"{PerDomain} addresses on each curated domain (role and personal local parts; every fifth domain in capitals)."),
            exact.SelectMany(domain => LocalParts.Take(PerDomain).Select((local, i) => GeneratedName.Case(faker) with
            {
                Email = local + "@" + (i % 5 == 4 ? domain.ToUpperInvariant() : domain),
                Expected = Holders(listed, domain, alsoPattern: true),
                DerivedFrom = domain,
            })));

        corpus.Add(
            new SliceDefinition("curated-subdomains", "Curated e-mail subdomain", IsPositive: true,
                $"{PerDomain} addresses on subdomains (one or two labels deep) of each curated *.domain pattern."),
            patterns.SelectMany(domain => Subdomains.Take(PerDomain).Select((label, i) => GeneratedName.Case(faker) with
            {
                Email = LocalParts[i % LocalParts.Length] + "@" + label + "." + domain,
                Expected = Holders(listed, "*." + domain, alsoPattern: false),
                DerivedFrom = "*." + domain,
            })));
    }

    private static List<string> Holders(List<(WatchlistEntity Entity, string Value)> listed, string value, bool alsoPattern) =>
        [
            .. listed.Where(x => x.Value == value || (alsoPattern && x.Value == "*." + value))
                .Select(x => x.Entity.Id)
                .Distinct(StringComparer.Ordinal),
        ];
}
