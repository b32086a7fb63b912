using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Vetting.Core.Workflow;
using Vetting.Data;
using Vetting.Service.Api;
using Vetting.Service.Auth;
using Vetting.Service.Notifications;
using Vetting.Testing;
using Vetting.Watchlists;
using Vetting.Watchlists.Importing;
using VettingService.Tests.Auth;

namespace VettingService.Tests.Api;

/// <summary>
/// The API, auth and notifications on a real Kestrel host at 127.0.0.1 (random port), with the SQLite store and the
/// watchlist store in a temp folder and a fake clock. The same Add/Use/Map calls the service host makes.
/// </summary>
internal sealed class ApiHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly TempDirectory _data;

    private ApiHost(TempDirectory data, WebApplication app, FakeTimeProvider time)
    {
        _data = data;
        App = app;
        Time = time;
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public WebApplication App { get; }

    public FakeTimeProvider Time { get; }

    public Uri BaseAddress { get; }

    public string DataDirectory => _data.Path;

    public T Get<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    public static async Task<ApiHost> StartAsync(IDictionary<string, string?>? settings = null, bool importLists = true)
    {
        var data = new TempDirectory();
        var time = new FakeTimeProvider(Start);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddVettingData(new VettingDatabaseOptions { DataDirectory = data.Path });
        builder.Services.AddWatchlists(Path.Combine(data.Path, "watchlists"));
        builder.Services.AddVettingWorkflow();
        builder.Services.AddVettingAuth(builder.Configuration, data.Path);
        builder.Services.AddVettingNotifications(builder.Configuration);
        builder.Services.AddVettingApi(builder.Configuration);
        var app = builder.Build();
        app.UseVettingAuth();
        app.MapVettingApi();
        await app.StartAsync(TestContext.Current.CancellationToken);
        var host = new ApiHost(data, app, time);
        if (importLists)
        {
            var importer = host.Get<WatchlistImporter>();
            importer.Import(new ImportRequest(TestPaths.InRepository("watchlists/bundled/ofac-sdn")), TestContext.Current.CancellationToken);
            importer.Import(new ImportRequest(TestPaths.InRepository("watchlists/curated/occupation-authorities.yaml")), TestContext.Current.CancellationToken);
        }

        return host;
    }

    /// <summary>A client without credentials that keeps cookies and does not follow redirects.</summary>
    public HttpClient Anonymous() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    /// <summary>A client that sends an API key for a new key of <paramref name="role"/>.</summary>
    public HttpClient WithApiKey(string role)
    {
        var (_, key) = Get<LocalAccountStore>().CreateApiKey("test " + role, role, "test-setup");
        var client = Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>Creates a local user and signs in through the login form; the client sends the anti-forgery header.</summary>
    public async Task<HttpClient> SignInAsync(string role, string? userName = null)
    {
        userName ??= role + "-" + Guid.NewGuid().ToString("N")[..6];
        var client = Anonymous();
        await FormSignIn.SignInAsync(client, Get<LocalAccountStore>(), role, userName);
        var signedIn = await AntiforgeryAsync(client); // tokens are bound to the signed-in user
        client.DefaultRequestHeaders.Add(signedIn.HeaderName, signedIn.Token);
        return client;
    }

    public static async Task<AntiforgeryTokenResponse> AntiforgeryAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<AntiforgeryTokenResponse>(new Uri("/auth/antiforgery", UriKind.Relative), Json, TestContext.Current.CancellationToken))!;

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
