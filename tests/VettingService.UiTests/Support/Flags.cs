using Vetting.Core.Vetting;
using Vetting.Testing.FakeZoom;

namespace VettingService.UiTests.Support;

/// <summary>People who register on the fake Zoom and end up flagged by the real screening on the bundled lists.</summary>
internal static class Flags
{
    /// <summary>A listed person (OFAC SDN 16642 and the curated list): a block-level match, held for a reviewer.</summary>
    public static FakeZoomRegistrant Listed(string id) =>
        UiScenario.Person(id, "Serhii Valeriiovych", "Aksonov", $"{id}@example.net");

    /// <summary>Someone writing from an occupation authority's domain: a review-level flag.</summary>
    public static FakeZoomRegistrant CuratedDomain(string id) =>
        UiScenario.Person(id, "Olena", "Hrytsenko", $"{id}@rk.gov.ru");

    /// <summary>Registers <paramref name="person"/>, pulls, and returns the open flag it raised.</summary>
    public static async Task<VettingDecision> RaiseAsync(UiHost host, FakeZoomRegistrant person)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(person);
        await host.RegisterAsync(person);
        var flag = await host.DecisionAsync(person.Id);
        Assert.True(flag.Kind.IsUnresolved(), $"{person.Id} was decided {flag.Kind}, not flagged");
        return flag;
    }
}
