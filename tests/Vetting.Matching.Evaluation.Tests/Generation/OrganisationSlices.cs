using Bogus;
using Vetting.Core.Watchlists;
using Vetting.Matching.Evaluation.Tests.Support;

namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>
/// Listed organisations (OFAC, UN) typed into the organisation field with their legal form stripped, or with one
/// added (Russian forms in quotes for RUSSIA/UKRAINE programme entities). The person fields hold a generated name.
/// </summary>
internal static class OrganisationSlices
{
    private static readonly string[] RussianForms = ["OOO \"{0}\"", "AO \"{0}\"", "PAO \"{0}\"", "{0} LLC", "JSC \"{0}\"", "{0}, JSC"];
    private static readonly string[] OtherForms =
        ["{0} LLC", "{0} Ltd", "{0} Ltd.", "{0}, Inc.", "{0} Co., Ltd.", "{0} GmbH", "{0} S.A.", "{0} Limited", "{0} Corp."];

    public static void Add(CorpusBuilder corpus, IReadOnlyList<WatchlistEntity> entities)
    {
        var organisations = entities
            .Where(e => e.Kind == EntityKind.Organisation && e.Source != WatchlistSources.Curated)
            .ToList();
        var faker = new Faker("en") { Random = new Randomizer(3701) };
        var random = new Random(3702);

        var withForm = organisations.Where(e => LegalForms.Has(e.PrimaryName.Full)).ToList();
        corpus.Add(
            new SliceDefinition("organisation-form-stripped", "Organisation, legal form stripped", IsPositive: true,
                "Listed organisation names with their legal form (LLC, Ltd, S.A. de C.V., OOO, JSC...) and quotes removed."),
            Sampling.Take(withForm, CorpusBuilder.PerSlice, 3703).Select(e => Case(e, LegalForms.Strip(e.PrimaryName.Full)!, faker)));

        var withoutForm = organisations.Where(e => !LegalForms.Has(e.PrimaryName.Full)).ToList();
        corpus.Add(
            new SliceDefinition("organisation-form-added", "Organisation, legal form added", IsPositive: true,
                "Listed organisation names without a legal form, with one added (OOO \"…\", AO \"…\", JSC for RUSSIA/UKRAINE "
                + "programmes; LLC, Ltd, GmbH, S.A. otherwise)."),
            Sampling.Take(withoutForm, CorpusBuilder.PerSlice, 3704).Select(e =>
            {
                var russian = e.Programmes.Any(p =>
                    p.StartsWith("RUSSIA", StringComparison.Ordinal) || p.StartsWith("UKRAINE", StringComparison.Ordinal));
                var forms = russian ? RussianForms : OtherForms;
                var name = random.Next(2) == 0 ? e.PrimaryName.Full : NameText.TitleCase(e.PrimaryName.Full);
                return Case(e, string.Format(System.Globalization.CultureInfo.InvariantCulture, forms[random.Next(forms.Length)], name), faker);
            }));
    }

    private static CorpusCase Case(WatchlistEntity entity, string organisation, Faker faker) => GeneratedName.Case(faker) with
    {
        Organization = organisation,
        Expected = [entity.Id],
        DerivedFrom = entity.PrimaryName.Full,
    };
}
