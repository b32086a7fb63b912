namespace Vetting.Testing.FakeGraph;

/// <summary>Everything the fake Graph serves, as data, plus its behaviour switches.</summary>
public sealed record FakeGraphScenario
{
    public IReadOnlyList<FakeGraphTenant> Tenants { get; init; } = [];

    /// <summary>Items per page of every listing (Graph's is unpublished: code must follow nextLink).</summary>
    public int PageSize { get; init; } = 100;

    /// <summary><c>expires_in</c> of issued tokens.</summary>
    public int TokenLifetimeSeconds { get; init; } = 3600;

    /// <summary>Refuse app-only cancel (403) of registrants with an Entra <c>userId</c> (graph-api.md §8, unconfirmed).</summary>
    public bool RefuseAppOnlyCancelOfEntraUsers { get; init; } = true;

    /// <summary>Accept subscriptions to town hall registrations (not listed in the docs: refused by default).</summary>
    public bool TownhallSubscriptions { get; init; }

    /// <summary>Longest subscription lifetime accepted (one day for virtual events).</summary>
    public TimeSpan MaxSubscriptionLifetime { get; init; } = TimeSpan.FromDays(1);

    public IReadOnlyList<FakeGraphFault> Faults { get; init; } = [];
}
