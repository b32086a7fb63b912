using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vetting.Data;
using Vetting.Service.Health;
using Vetting.Watchlists;

namespace VettingService.Tests.Health;

/// <summary>
/// The health endpoints on a real Kestrel host at 127.0.0.1:0, over the real store and watchlist folder, with the
/// clock under the test's control.
/// </summary>
internal sealed class HealthHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http;

    private HealthHost(WebApplication app, Uri address)
    {
        _app = app;
        _http = new HttpClient { BaseAddress = address };
    }

    public IServiceProvider Services => _app.Services;

    /// <param name="checkSchemaAtStart">
    /// False removes the data layer's start-up migrate/check, to reach the state of a database that went away (or
    /// lost its schema) after the service started.
    /// </param>
    public static async Task<HealthHost> StartAsync(
        VettingDatabaseOptions database, string watchlistFolder, TimeProvider time, bool checkSchemaAtStart, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(time);
        builder.Services.AddVettingData(database);
        builder.Services.AddWatchlists(watchlistFolder);
        builder.Services.AddVettingHealth();
        if (!checkSchemaAtStart)
        {
            var initializer = Assert.Single(builder.Services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "DatabaseInitializer");
            builder.Services.Remove(initializer);
        }

        var app = builder.Build();
        app.MapVettingHealth();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new HealthHost(app, new Uri(address));
    }

    /// <summary>GETs a health path: status code, content type and the parsed body.</summary>
    public async Task<(int Status, string? ContentType, JsonElement Body)> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
