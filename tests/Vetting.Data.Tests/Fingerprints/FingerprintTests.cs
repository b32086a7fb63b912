using Vetting.Core.Platforms;
using Vetting.Core.Vetting;
using Vetting.Core.Watchlists;
using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Fingerprints;

public sealed class FingerprintTests
{
    private static readonly WatchlistEntity Entity = new()
    {
        Id = "ofac-sdn:16642",
        Source = "ofac-sdn",
        Kind = EntityKind.Person,
        PrimaryName = new EntityName("PETROV, Ivan") { Given = "Ivan", Family = "PETROV" },
    };

    [Fact]
    public void WatchlistEntityFingerprint_AliasAdded_Changes()
    {
        var before = WatchlistEntityFingerprint.Compute(Entity);
        var same = WatchlistEntityFingerprint.Compute(Entity with { });
        var after = WatchlistEntityFingerprint.Compute(Entity with { Aliases = [new EntityAlias("PETROV, Ivan Sergeyevich")] });

        Assert.Equal(before, same);
        Assert.NotEqual(before, after);
        Assert.Equal(64, before.Length);
    }

    [Fact]
    public void Identity_SwappedNamesAndCase_AreTheSamePerson()
    {
        var typed = Scenario.Person("Ivan", "Petrov", "Ivan.Petrov@Example.org");
        var swapped = Scenario.Person("PETROV", "ivan", "ivan.petrov@example.org");
        var other = Scenario.Person("Ivan", "Petrov", "another@example.org");

        Assert.Equal(RegistrantFingerprints.Identity(typed), RegistrantFingerprints.Identity(swapped));
        Assert.NotEqual(RegistrantFingerprints.Identity(typed), RegistrantFingerprints.Identity(other));
    }

    [Fact]
    public void Content_OrganisationChanged_Changes()
    {
        var person = Scenario.Person();

        Assert.NotEqual(RegistrantFingerprints.Content(person), RegistrantFingerprints.Content(person with { Organisation = "Ministry" }));
        Assert.Equal(RegistrantFingerprints.Content(person), RegistrantFingerprints.Content(person with { Status = RegistrantStatus.Approved }));
    }

    [Fact]
    public void ActionKeysFor_SameDecisionAndKind_SameKey()
    {
        var decision = Guid.NewGuid();

        Assert.Equal(ActionKeys.For(decision, PlatformActionKind.Deny), ActionKeys.For(decision, PlatformActionKind.Deny));
        Assert.NotEqual(ActionKeys.For(decision, PlatformActionKind.Deny), ActionKeys.For(decision, PlatformActionKind.Cancel));
    }

    [Fact]
    public void ListVersionSet_ParseOfKey_RoundTripsAndRefusesSeparators()
    {
        Assert.Equal(Scenario.Lists, ListVersionSet.Parse(Scenario.Lists.Key));
        Assert.Throws<ArgumentException>(() => new ListVersionSet([KeyValuePair.Create("a;b", "1")]));
        Assert.Throws<FormatException>(() => ListVersionSet.Parse("no-equals-sign"));
    }
}
