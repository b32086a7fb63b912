using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Vetting.Data.Context;

namespace Vetting.Data.Tests.Support;

/// <summary>
/// One database per test class (a class fixture), migrated once. <see cref="NewHost"/> gives a second, independent set of
/// services on the same database: what a second service instance would have.
/// </summary>
public abstract class TestDatabase : IAsyncLifetime
{
    private readonly List<ServiceProvider> _hosts = [];
    private readonly string _name = "vetting_test_" + Guid.NewGuid().ToString("N")[..12];
    private VettingDatabaseOptions? _options;
    private string? _unavailable;

    /// <summary>Advances 10 ms on every read, so timestamps are distinct and ordered.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(10) };

    /// <summary>The first host's services.</summary>
    public IServiceProvider Services => Host(0);

    public async ValueTask InitializeAsync()
    {
        try
        {
            _options = await CreateAsync(_name);
        }
        catch (DatabaseUnavailableException e)
        {
            _unavailable = e.Message;
            return;
        }

        _hosts.Add(Build(_options));
        await Services.GetRequiredService<VettingDatabase>().MigrateAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        if (_options is not null)
        {
            await DropAsync(_name);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Services of another "service instance" on the same database (own stores, own contexts).</summary>
    public IServiceProvider NewHost()
    {
        RequireAvailable();
        var host = Build(_options!); // not null: RequireAvailable passed
        _hosts.Add(host);
        return host;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    internal VettingContextFactory Contexts => Services.GetRequiredService<VettingContextFactory>();

    /// <summary>A new empty database of this provider (not migrated), dropped by the returned handle.</summary>
    public async Task<ScratchDatabase> CreateScratchAsync()
    {
        RequireAvailable();
        var name = "vetting_scratch_" + Guid.NewGuid().ToString("N")[..12];
        var options = await CreateAsync(name);
        return new ScratchDatabase(options, Build(options), () => DropAsync(name));
    }

    /// <summary>Skips the test when the database is unreachable, or fails it when <c>CI=true</c>.</summary>
    public void RequireAvailable()
    {
        if (_unavailable is null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("CI=true and the test database is unavailable: " + _unavailable);
        }

        Assert.Skip(_unavailable);
    }

    protected abstract Task<VettingDatabaseOptions> CreateAsync(string name);

    protected abstract Task DropAsync(string name);

    private ServiceProvider Host(int index)
    {
        RequireAvailable();
        return _hosts[index];
    }

    private ServiceProvider Build(VettingDatabaseOptions options)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddVettingData(options);
        return services.BuildServiceProvider();
    }
}
