using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Vetting.Core.Platforms;
using Vetting.Testing.FakeZoom;

namespace Vetting.Connectors.Zoom.Tests.Platform;

public sealed class MultiAccountTests
{
    [Fact]
    public async Task ListRegistrants_TwoAccountsAtOnce_EachUsesItsOwnTokenAndPlanLimits()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var scenario = FakeZoomScenario.LoadNamed("multi-account");
        await using var zoom = await FakeZoomServer.StartAsync(scenario, cancellationToken: cancellationToken);
        var settings = new Dictionary<string, string?>();
        foreach (var (name, account) in new[] { ("osce", scenario.Accounts[0]), ("un", scenario.Accounts[1]) })
        {
            var prefix = $"Connectors:Zoom:Accounts:{name}:";
            settings[prefix + "AccountId"] = account.AccountId;
            settings[prefix + "ClientId"] = account.ClientId;
            settings[prefix + "ClientSecret"] = account.ClientSecret;
            settings[prefix + "WebhookSecretToken"] = account.WebhookSecretToken;
            settings[prefix + "Plan"] = account.Plan;
            settings[prefix + "OAuthBaseUrl"] = zoom.OAuthBaseUrl;
            settings[prefix + "ApiBaseUrl"] = zoom.ApiBaseUrl;
        }

        await using var services = new ServiceCollection().AddLogging()
            .AddZoomConnector(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
        var platform = services.GetRequiredService<IEventPlatform>();

        var lists = await Task.WhenAll(
            CountAsync(platform, new PlatformEventRef("osce", PlatformKind.Zoom, PlatformEventKind.Meeting, "71000000001"), cancellationToken),
            CountAsync(platform, new PlatformEventRef("un", PlatformKind.Zoom, PlatformEventKind.Meeting, "72000000001"), cancellationToken));
        var crossed = await Assert.ThrowsAsync<PlatformApiException>(() =>
            CountAsync(platform, new PlatformEventRef("un", PlatformKind.Zoom, PlatformEventKind.Meeting, "71000000001"), cancellationToken));

        Assert.Equal([40, 5], lists);
        Assert.True(crossed.IsNotFound);
        Assert.Equal(["osce", "un"], platform.Accounts);
        Assert.Equal(2, zoom.TokensIssued);
        Assert.DoesNotContain(zoom.Requests, r => r.IsRateLimited);
        var free = zoom.Requests.Where(r => r.Account == "UnAcct" && r.Category == "Medium").ToList();
        Assert.Equal(4, free.Count); // three statuses, then the crossed call
        Assert.True(free[^1].At - free[0].At >= TimeSpan.FromSeconds(1.4), "Free plan: Medium at 2/s, so 4 calls span ≥ 1.5 s");
    }

    private static async Task<int> CountAsync(IEventPlatform platform, PlatformEventRef eventRef, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in platform.ListRegistrantsAsync(eventRef, cancellationToken))
        {
            count++;
        }

        return count;
    }
}
