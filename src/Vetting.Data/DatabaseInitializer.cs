using Microsoft.Extensions.Hosting;

namespace Vetting.Data;

/// <summary>Runs <see cref="VettingDatabase.InitializeAsync"/> when the host starts, before anything else uses the store.</summary>
internal sealed class DatabaseInitializer(VettingDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
