using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using Vetting.Service.Cli;
using Vetting.Testing;

namespace VettingService.Tests.Hosting;

/// <summary>The README's run command on a fresh machine: the service starts on an empty data folder and loads the bundled lists.</summary>
public sealed class ServiceStartTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Run_FreshDataFolder_StartsWithBundledListsAndTheUiBehindSignIn()
    {
        var port = FreePort();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var parse = VettingCommandLine.Build().Parse(["--data-dir", _data.Path, "--urls", $"http://127.0.0.1:{port}"]);
        var run = parse.InvokeAsync(new InvocationConfiguration(), stop.Token);

        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var page = await GetWhenUpAsync(http, "/health/ready", run);
        var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);
        var dashboard = await http.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        var exitCode = await run;

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Contains("ofac-sdn", page, StringComparison.Ordinal);
        Assert.Contains("un-sc", page, StringComparison.Ordinal);
        Assert.Contains("2021-07-01", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.StartsWith("/auth/login", dashboard.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
    }

    private static async Task<string> GetWhenUpAsync(HttpClient http, string path, Task run)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            Assert.False(run.IsCompleted, "the service stopped before it answered");
            try
            {
                return await http.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }

        throw new TimeoutException("the service did not answer within a minute");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
