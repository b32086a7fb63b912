using Vetting.Connectors.Zoom.Api;
using Vetting.Connectors.Zoom.Tests.Support;
using Vetting.Core.Platforms;
using Vetting.Testing.FakeZoom;

namespace Vetting.Connectors.Zoom.Tests.Contract;

public sealed class BadInputTests
{
    private const string Pending = "GET /v2/meetings/*/registrants";
    private static readonly PlatformEventRef Briefing = ZoomHarness.Meeting(85746065123);

    private static async Task<ZoomHarness> WithBodyAsync(string body, int count = 1)
    {
        var harness = await ZoomHarness.StartAsync("basic");
        harness.Zoom.AddFault(new FakeZoomFault { Route = Pending, Kind = FakeZoomFaultKind.RawBody, Body = body, Count = count });
        return harness;
    }

    [Theory]
    [InlineData("{\"registrants\": [")]
    [InlineData("null")]
    [InlineData("<html>gateway</html>")]
    [InlineData("{\"registrants\":[{\"id\":\"x\",\"email\":\"a@example.org\",\"create_time\":12}]}")]
    [InlineData("{\"registrants\":{\"id\":\"x\"}}")]
    public async Task ListRegistrants_MalformedOrMistypedBody_FailsClearly(string body)
    {
        await using var harness = await WithBodyAsync(body);

        var error = await Assert.ThrowsAsync<PlatformApiException>(() => harness.ListAsync(Briefing));

        Assert.Contains("not the documented shape", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("a@example.org", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListRegistrants_UnknownFieldsAndNumericIds_AreReadAndIgnoredRespectively()
    {
        await using var harness = await WithBodyAsync(
            "{\"page_size\":\"300\",\"total_records\":1,\"next_page_token\":\"\",\"brand_new\":{\"nested\":[1,2]}," +
            "\"registrants\":[{\"id\":12345,\"email\":\"a@example.org\",\"first_name\":\"A\",\"surprise\":[true],\"status\":\"approved\"}]}");

        var registrants = await harness.ListAsync(Briefing);

        var numeric = Assert.Single(registrants, r => r.ExternalId == "12345");
        Assert.Equal(RegistrantStatus.Pending, numeric.Status); // the status asked for, not the field
    }

    [Fact]
    public async Task ListRegistrants_RegistrantWithoutId_FailsInsteadOfDroppingIt()
    {
        await using var harness = await WithBodyAsync("{\"next_page_token\":\"\",\"registrants\":[{\"email\":\"a@example.org\",\"first_name\":\"A\"}]}");

        var error = await Assert.ThrowsAsync<PlatformApiException>(() => harness.ListAsync(Briefing));

        Assert.Contains("without an id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListRegistrants_OnlyIdGiven_MapsEmptyNamesRatherThanFailing()
    {
        await using var harness = await WithBodyAsync("{\"registrants\":[{\"id\":\"only-id\"}]}");

        var registrant = Assert.Single(await harness.ListAsync(Briefing), r => r.ExternalId == "only-id");

        Assert.Equal(("", null, ""), (registrant.FirstName, registrant.LastName, registrant.Email));
        Assert.Null(registrant.RegisteredAt);
    }

    [Fact]
    public async Task ListRegistrants_ServerRepeatsItsPageToken_StopsWithAnError()
    {
        await using var harness = await WithBodyAsync("{\"next_page_token\":\"same\",\"registrants\":[{\"id\":\"r1\"}]}", count: 5);

        var error = await Assert.ThrowsAsync<PlatformApiException>(() => harness.ListAsync(Briefing));

        Assert.Contains("returned a page token it had returned before", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, harness.Zoom.Requests.Count(r => r.Path.EndsWith("/registrants", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ListRegistrants_ServerIgnoresPageSize_HugePageIsReadWhole()
    {
        var basic = FakeZoomScenario.LoadNamed("basic");
        var meeting = basic.Accounts[0].Meetings[0] with { Registrants = [], Generate = new FakeZoomRegistrantGenerator(2500, Seed: 9) };
        await using var harness = await ZoomHarness.StartAsync(basic with
        {
            IgnorePageSize = true,
            Accounts = [basic.Accounts[0] with { Meetings = [meeting] }],
        });

        var registrants = await harness.ListAsync(Briefing);

        Assert.Equal(2500, registrants.Select(r => r.ExternalId).Distinct().Count());
        Assert.Single(harness.Zoom.Requests, r => r.Query.StartsWith("?status=pending", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Discover_MeetingIdServedAsString_IsReadAsTheNumber()
    {
        var basic = FakeZoomScenario.LoadNamed("basic");
        var account = basic.Accounts[0];
        await using var harness = await ZoomHarness.StartAsync(basic with
        {
            Accounts = [account with { Meetings = [account.Meetings[0] with { IdAsString = true }], Webinars = [] }],
        });

        var found = new List<PlatformEvent>();
        await foreach (var item in harness.Platform.DiscoverEventsAsync(ZoomHarness.Account, TestContext.Current.CancellationToken))
        {
            found.Add(item);
        }

        Assert.Equal("85746065123", Assert.Single(found).Ref.ExternalId);
    }

    [Theory]
    [InlineData("{\"code\":3001,\"message\":\"Meeting \"x\" is not found\"}", "3001")]
    [InlineData("{\"code\":\"124\",\"message\":\"Invalid access token.\"}", "124")]
    [InlineData("{\"reason\":\"Invalid client_id or client_secret\",\"error\":\"invalid_client\"}", "invalid_client")]
    [InlineData("upstream connect error", null)]
    public void ErrorBody_DefensiveParse_FindsTheCode(string body, string? code)
    {
        Assert.Equal(code, ZoomErrorBody.Parse(body).Code);
    }
}
