using System.Text;
using System.Text.Json;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Auth;

namespace VettingService.Tests.Api;

/// <summary>Audit paging, chain check, exports inert in spreadsheets, hostile names as data, and the OpenAPI document.</summary>
public sealed class AuditAndExportTests : IAsyncLifetime
{
    private const string Markup = "<img src=x onerror=alert(1)>";
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"x\")";

    private ApiHost _host = null!;
    private ApiScenario _scenario = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await ApiHost.StartAsync(importLists: false);
        _scenario = new ApiScenario(_host);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Audit_PagedAndVerified_ChainIsIntact()
    {
        var vettedEvent = await _scenario.EventAsync();
        await _scenario.FlaggedAsync(vettedEvent.Id);
        await _scenario.FlaggedAsync(vettedEvent.Id, "Anna", "Schmidt");
        using var viewer = _host.WithApiKey(VettingRoles.Viewer);

        var first = await HttpAssert.ReadAsync<JsonElement>(await viewer.GetPathAsync("/api/audit?take=2"));
        var next = first.GetProperty("nextAfter").GetInt64();
        var rest = await HttpAssert.ReadAsync<JsonElement>(await viewer.GetPathAsync($"/api/audit?after={next}&take=100"));
        var report = await HttpAssert.ReadAsync<JsonElement>(await viewer.GetPathAsync("/api/audit/verify"));

        Assert.Equal(2, first.GetProperty("entries").GetArrayLength());
        Assert.Equal(next + 1, rest.GetProperty("entries")[0].GetProperty("sequence").GetInt64());
        Assert.True(report.GetProperty("isIntact").GetBoolean());
        Assert.Equal(2 + rest.GetProperty("entries").GetArrayLength(), report.GetProperty("entriesChecked").GetInt64());
    }

    [Fact]
    public async Task Audit_Export_IsCsvWithEveryRecord()
    {
        var vettedEvent = await _scenario.EventAsync();
        await _scenario.FlaggedAsync(vettedEvent.Id);
        using var viewer = _host.WithApiKey(VettingRoles.Viewer);

        var response = await viewer.GetPathAsync("/api/audit/export");
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var report = await HttpAssert.ReadAsync<JsonElement>(await viewer.GetPathAsync("/api/audit/verify"));

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.StartsWith("\"sequence\",\"at\",\"kind\"", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(report.GetProperty("entriesChecked").GetInt64() + 1, lines.Length);
        Assert.EndsWith($"\"{report.GetProperty("headHash").GetString()}\"", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileNames_RoundTripAsDataAndExportInert()
    {
        var vettedEvent = await _scenario.EventAsync();
        var registrant = await _scenario.RegistrantAsync(vettedEvent.Id, Markup, Formula, "=cmd|' /C calc'!A0@example.org");
        using var viewer = _host.WithApiKey(VettingRoles.Viewer);

        var listed = await viewer.GetPathAsync($"/api/events/{vettedEvent.Id}/registrants");
        var items = await HttpAssert.ReadAsync<List<RegistrantItem>>(listed);
        var export = await viewer.GetPathAsync($"/api/events/{vettedEvent.Id}/registrants/export");
        var csv = Encoding.UTF8.GetString(await export.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));

        Assert.Equal("application/json; charset=utf-8", listed.Content.Headers.ContentType?.ToString());
        var item = items.Single(i => i.Id == registrant.Id);
        Assert.Equal(Markup, item.FirstName);
        Assert.Equal(Formula, item.LastName);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"'=cmd|' /C calc'!A0@example.org\"", csv, StringComparison.Ordinal);
        Assert.Contains($"\"{Markup}\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", csv, StringComparison.Ordinal);
        Assert.Equal(0xEF, (await export.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken))[0]);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheApi()
    {
        using var viewer = _host.WithApiKey(VettingRoles.Viewer);

        var document = await HttpAssert.ReadAsync<JsonElement>(await viewer.GetPathAsync("/openapi/v1.json"));
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/api/events", paths);
        Assert.Contains("/api/registrants/{registrantId}/clear", paths);
        Assert.Contains("/api/release-requests/{requestId}/approve", paths);
        Assert.Contains("/api/watchlists/curated", paths);
        Assert.Contains("/api/screenings/csv", paths);
        Assert.Contains("/api/audit/export", paths);
        Assert.DoesNotContain(paths, p => p.Contains("name", StringComparison.OrdinalIgnoreCase) && !p.Contains("userName", StringComparison.Ordinal));
    }
}
