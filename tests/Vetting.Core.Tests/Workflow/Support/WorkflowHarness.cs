using Microsoft.Extensions.DependencyInjection;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;
using Vetting.Core.Watchlists;
using Vetting.Core.Workflow;
using Vetting.Data;
using Vetting.Testing;

namespace Vetting.Core.Tests.Workflow.Support;

/// <summary>
/// The workflow services over hand-written fakes of the platform and watchlist ports, a clock the test moves, and the
/// real stores on a temporary SQLite file (so idempotency and supersession are the store's, not a fake's).
/// </summary>
internal sealed class WorkflowHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2030, 1, 10, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset EventStart = new(2030, 3, 2, 15, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _folder = new();
    private readonly ServiceProvider _services;

    private WorkflowHarness()
    {
        Lists.Publish(WatchlistSources.OfacSdn, [Entities.Aksyonov(), Entities.Poklonskaya()], Start.AddDays(-3));
        Lists.Publish(WatchlistSources.Curated, [Entities.CouncilOfMinisters()], Start.AddDays(-1));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IWatchlistStore>(Lists);
        services.AddSingleton<IEventPlatform>(Platform);
        services.AddVettingData(new VettingDatabaseOptions { DataDirectory = _folder.Path });
        services.AddVettingWorkflow();
        _services = services.BuildServiceProvider();
    }

    public ManualClock Clock { get; } = new(Start);

    public FakeWatchlistStore Lists { get; } = new();

    public FakePlatform Platform { get; } = new();

    public static async Task<WorkflowHarness> StartAsync()
    {
        var harness = new WorkflowHarness();
        await harness.Get<VettingDatabase>().MigrateAsync(TestContext.Current.CancellationToken);
        return harness;
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Discovers the account and returns the stored event of <paramref name="eventRef"/>, with its policy set when given.</summary>
    public async Task<VettedEvent> DiscoverAsync(PlatformEventRef eventRef, EventPolicy? policy = null)
    {
        var ct = TestContext.Current.CancellationToken;
        await Get<EventDiscoveryService>().DiscoverAsync(PlatformKind.Zoom, FakePlatform.Account, ct);
        var stored = await Get<IEventStore>().FindEventAsync(eventRef, ct) ?? throw new InvalidOperationException("not discovered");
        return policy is null ? stored : await Get<IEventStore>().SetEventPolicyAsync(stored.Id, policy, stored.Revision, "admin", ct);
    }

    public Task<PullResult?> PullAsync(VettedEvent vettedEvent) =>
        Get<RegistrantPullService>().PullEventAsync(vettedEvent.Id, TestContext.Current.CancellationToken);

    public async Task<VettingDecision?> CurrentDecisionAsync(VettedEvent vettedEvent, PlatformRegistrant registrant)
    {
        var ct = TestContext.Current.CancellationToken;
        var stored = await Get<IRegistrantStore>().FindRegistrantAsync(vettedEvent.Id, registrant.ExternalId, ct);
        return stored?.CurrentDecisionId is { } id ? await Get<IDecisionStore>().GetDecisionAsync(id, ct) : null;
    }

    public async Task<VettedRegistrant> StoredAsync(VettedEvent vettedEvent, PlatformRegistrant registrant) =>
        await Get<IRegistrantStore>().FindRegistrantAsync(vettedEvent.Id, registrant.ExternalId, TestContext.Current.CancellationToken)
        ?? throw new InvalidOperationException("registrant not stored");

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
