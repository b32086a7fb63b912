using Microsoft.Extensions.DependencyInjection;

namespace Vetting.Data.Tests.Support;

/// <summary>An extra, empty database for one test; disposing it drops it.</summary>
public sealed class ScratchDatabase(VettingDatabaseOptions options, ServiceProvider services, Func<Task> drop) : IAsyncDisposable
{
    public VettingDatabaseOptions Options => options;

    public IServiceProvider Services => services;

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await drop();
    }
}
