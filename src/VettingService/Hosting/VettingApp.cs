using Hangfire;
using Vetting.Connectors.FileImport;
using Vetting.Connectors.Graph;
using Vetting.Connectors.Graph.Configuration;
using Vetting.Connectors.Zoom;
using Vetting.Core.Workflow;
using Vetting.Data;
using Vetting.Service.Api;
using Vetting.Service.Auth;
using Vetting.Service.Health;
using Vetting.Service.Notifications;
using Vetting.Service.Telemetry;
using Vetting.Service.Jobs;
using Vetting.Service.Web;
using Vetting.Service.Webhooks;
using Vetting.Watchlists;

namespace Vetting.Service.Hosting;

/// <summary>
/// Builds the service host: used by <c>vetting</c> (<see cref="ServiceHost"/>) and by tests (port 0, a temporary data
/// folder, fake platforms' URLs in <see cref="VettingHostOptions.Settings"/>). One <c>AddXxx</c> per part, then one
/// <c>MapXxx</c> per endpoint group.
/// </summary>
internal static class VettingApp
{
    public const string DefaultUrls = "http://localhost:5080";

    public static WebApplicationBuilder CreateBuilder(VettingHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = options.EnvironmentName,
        });
        builder.Configuration.AddInMemoryCollection(options.Settings);
        builder.AddVettingTelemetry();
        // Every SQL statement and Hangfire's housekeeping at Information would bury the service's own log.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Hangfire.Storage.SQLite", LogLevel.Warning);
        var urls = options.Urls ?? builder.Configuration["Urls"];
        builder.WebHost.UseUrls(string.IsNullOrWhiteSpace(urls) ? DefaultUrls : urls);
        builder.Services.AddVettingService(builder.Configuration, Path.GetFullPath(options.DataDirectory));
        return builder;
    }

    /// <summary>Everything the service runs, in start-up order: database, lists, connectors, workflow, start-up step, jobs.</summary>
    public static IServiceCollection AddVettingService(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var database = new VettingDatabaseOptions();
        configuration.GetSection(VettingDatabaseOptions.SectionName).Bind(database);
        database.DataDirectory ??= dataDirectory;
        services.AddVettingData(database);
        services.AddVettingDataProtection(database, dataDirectory);
        services.AddWatchlists(Path.Combine(dataDirectory, "watchlists"));
        services.AddVettingHealth();
        services.AddZoomConnector(configuration);
        if (configuration.GetSection(GraphConnectorOptions.SectionName).GetSection("Tenants").GetChildren().Any())
        {
            services.AddGraphConnector(configuration);
        }

        var demo = configuration.GetValue(DemoEvent.EnabledKey, true) ? DemoEvent.Locate() : null;
        services.AddFileImportConnector(configuration, options =>
        {
            options.StatusDirectory ??= Path.Combine(dataDirectory, "file-import");
            if (demo is not null)
            {
                DemoEvent.Configure(options, demo, TimeProvider.System.GetUtcNow());
            }
        });
        services.AddVettingWorkflow();
        services.AddVettingAuth(configuration, dataDirectory);
        services.AddVettingApi(configuration);
        services.AddVettingNotifications(configuration);
        services.AddVettingWeb();
        services.AddHostedService<VettingStartup>();
        services.AddVettingJobs(configuration, database);
        return services;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.UseVettingAuth();
        app.MapVettingHealth();
        app.MapVettingApi();
        app.MapVettingWeb();
        app.MapZoomWebhooks();
        if (app.Services.GetService<Connectors.Graph.Webhooks.GraphNotificationReceiver>() is not null)
        {
            app.MapGraphNotifications();
        }

        app.UseHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new HangfireDashboardAdminFilter()] });
        return app;
    }
}
