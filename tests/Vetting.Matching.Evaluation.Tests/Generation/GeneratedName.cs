using Bogus;
using Bogus.DataSets;

namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>A case holding a generated person's name, first and last name of the same gender.</summary>
internal static class GeneratedName
{
    public static CorpusCase Case(Faker faker)
    {
        var gender = faker.Random.Bool() ? Name.Gender.Male : Name.Gender.Female;
        return new CorpusCase { FirstName = faker.Name.FirstName(gender), LastName = faker.Name.LastName(gender) };
    }
}
