using System.Net;
using System.Text;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Auth;

namespace VettingService.Tests.Api;

public sealed class ScreeningEndpointTests : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async ValueTask InitializeAsync() =>
        _host = await ApiHost.StartAsync(new Dictionary<string, string?> { ["Vetting:Api:MaxUploadBytes"] = "100000" });

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Person_ListedName_IsMatchedWithExplanation()
    {
        using var reviewer = _host.WithApiKey(VettingRoles.Reviewer);

        var result = await HttpAssert.ReadAsync<AdHocScreeningResult>(
            await reviewer.PostJsonAsync("/api/screenings/person", new PersonQuery("Vladimir Andreyevich", "Konstantinov")));

        Assert.NotEqual("Clear", result.Decision);
        Assert.Contains(result.Matches, m => m.EntityId == "ofac-sdn:16648");
        Assert.Contains("ofac-sdn", result.Lists.Keys);
    }

    [Fact]
    public async Task Person_NothingToScreen_Returns400()
    {
        using var reviewer = _host.WithApiKey(VettingRoles.Reviewer);

        var response = await reviewer.PostJsonAsync("/api/screenings/person", new PersonQuery(Country: "AT"));

        await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Person_Viewer_Returns403()
    {
        using var viewer = _host.WithApiKey(VettingRoles.Viewer);

        var response = await viewer.PostJsonAsync("/api/screenings/person", new PersonQuery("Sergey", "Aksyonov"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Csv_WithBadRows_ScreensTheRestAndRejectsByRowNumber()
    {
        using var reviewer = _host.WithApiKey(VettingRoles.Reviewer);
        var csv = "id,first_name,last_name,email,organization\n"
                  + "a1,Sergey Valeryevich,Aksyonov,s@example.org,\n"
                  + "a2,,,,\n"
                  + $"a3,{new string('x', 2000)},Long,,\n"
                  + "a4,Anna,Schmidt,anna@example.org,Example Institute\n";

        var result = await HttpAssert.ReadAsync<CsvScreeningResult>(await reviewer.UploadAsync("/api/screenings/csv", Encoding.UTF8.GetBytes(csv), "r.csv"));

        Assert.Equal(4, result.Rows);
        Assert.Equal(2, result.Rejected);
        Assert.Equal([2, 3], result.Results.Where(r => r.Problem is not null).Select(r => r.Row));
        Assert.Contains(result.Results[0].Matches, m => m.EntityId == "ofac-sdn:16642");
        Assert.Equal("Clear", result.Results[3].Decision);
    }

    [Fact]
    public async Task Csv_WithoutUsableHeader_Returns400()
    {
        using var reviewer = _host.WithApiKey(VettingRoles.Reviewer);

        var response = await reviewer.UploadAsync("/api/screenings/csv", Encoding.UTF8.GetBytes("foo,bar\n1,2\n"), "r.csv");

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("header", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_Oversized_Returns413()
    {
        using var reviewer = _host.WithApiKey(VettingRoles.Reviewer);

        var response = await reviewer.UploadAsync("/api/screenings/csv", Encoding.UTF8.GetBytes("first_name\n" + new string('a', 300_000)), "r.csv");

        await HttpAssert.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }
}
