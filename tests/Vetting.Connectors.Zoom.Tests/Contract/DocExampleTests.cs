using Microsoft.Extensions.Time.Testing;
using Vetting.Connectors.Zoom.Tests.Support;
using Vetting.Core.Platforms;
using Vetting.Testing.FakeZoom;

namespace Vetting.Connectors.Zoom.Tests.Contract;

/// <summary>The example bodies of zoom-api.md, replayed verbatim through the fake.</summary>
public sealed class DocExampleTests
{
    private const string TokenExample =
        "{\"access_token\":\"eyJzdiI6IjAwMDAwMSJ9.fake.sig\",\"token_type\":\"bearer\",\"expires_in\":3600,\n" +
        " \"scope\":\"meeting:read:list_registrants:admin meeting:update:registrant_status:admin\",\"api_url\":\"https://api.zoom.us\"}";

    private const string MeetingExample = """
        {"id":85746065123,"uuid":"aBcD/eFgH//iJkL==","host_id":"KDcuGIm1QgePTO8WbOqwIQ","topic":"Partner briefing","type":8,
         "status":"waiting","start_time":"2026-03-02T15:00:00Z","duration":60,"timezone":"Europe/Berlin",
         "join_url":"https://zoom.us/j/85746065123","created_at":"2026-01-10T09:00:00Z",
         "occurrences":[{"occurrence_id":"1772463600000","start_time":"2026-03-02T15:00:00Z","duration":60,"status":"available"},
                        {"occurrence_id":"1773068400000","start_time":"2026-03-09T15:00:00Z","duration":60,"status":"available"}],
         "settings":{"approval_type":1,"registration_type":2,"close_registration":false,"registrants_confirmation_email":true,
           "registrants_email_notification":true,"meeting_authentication":false,
           "approved_or_denied_countries_or_regions":{"enable":false,"method":"deny","approved_list":[],"denied_list":[]}}}
        """;

    private const string RegistrantsExample = """
        {"page_size":300,"total_records":1,"next_page_token":"",
         "registrants":[{"id":"9tboDiHUQAeOnbmudzWa5g","email":"ana.petrova@example.org","first_name":"Ana","last_name":"Petrova",
           "address":"Lindenstr. 5","city":"Hamburg","state":"HH","zip":"20095","country":"DE","phone":"+49 40 555 0100",
           "industry":"Logistics","org":"Nordhafen Shipping GmbH","job_title":"Director","purchasing_time_frame":"1-3 months",
           "role_in_purchase_process":"Influencer","no_of_employees":"51-100","comments":"",
           "custom_questions":[{"title":"Ultimate parent company","value":"Nordhafen Holding"}],
           "status":"pending","create_time":"2026-02-20T08:15:30Z","join_url":"https://zoom.us/w/85746065123?tk=abc",
           "participant_pin_code":380303}]}
        """;

    [Fact]
    public async Task TokenExample_IsAcceptedAndItsApiUrlIgnoredWhenTheApiBaseIsConfigured()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");
        harness.Zoom.AddFault(new FakeZoomFault { Route = "POST /oauth/token", Kind = FakeZoomFaultKind.RawBody, Body = TokenExample });

        var registrants = await harness.ListAsync(ZoomHarness.Meeting(85746065123));

        // The doc's token parses and is used; the fake does not know it, so it is refused once and renewed; its
        // api_url (real Zoom) is not followed because the API base is configured.
        Assert.Equal(5, registrants.Count);
        Assert.Single(harness.Zoom.Requests, r => r.Status == 401);
        Assert.Equal(2, harness.Zoom.Requests.Count(r => r.Path == "/oauth/token"));
    }

    [Fact]
    public async Task RegistrantsExample_MapsEveryScreeningField()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");
        harness.Zoom.AddFault(new FakeZoomFault { Route = "GET /v2/meetings/*/registrants", Kind = FakeZoomFaultKind.RawBody, Body = RegistrantsExample });

        var ana = Assert.Single(await harness.ListAsync(ZoomHarness.Meeting(85746065123)), r => r.ExternalId == "9tboDiHUQAeOnbmudzWa5g");

        Assert.Equal(RegistrantStatus.Pending, ana.Status);
        Assert.Equal("Ana Petrova", ana.FullName);
        Assert.Equal(("Nordhafen Shipping GmbH", "Director", "DE"), (ana.Organisation, ana.JobTitle, ana.Country));
        Assert.Equal(
            ["Ultimate parent company=Nordhafen Holding", "industry=Logistics", "address=Lindenstr. 5", "city=Hamburg", "state=HH", "zip=20095"],
            ana.Answers.Select(a => a.Question + "=" + a.Answer));
    }

    [Fact]
    public async Task MeetingExample_PerOccurrenceRegistration_GivesOneEventPerOccurrence()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero));
        await using var harness = await ZoomHarness.StartAsync("basic", clock: clock);
        harness.Zoom.AddFault(new FakeZoomFault { Route = "GET /v2/meetings/85746065123", Kind = FakeZoomFaultKind.RawBody, Body = MeetingExample });

        var events = new List<PlatformEvent>();
        await foreach (var item in harness.Platform.DiscoverEventsAsync(ZoomHarness.Account, TestContext.Current.CancellationToken))
        {
            events.Add(item);
        }

        var occurrences = events.Where(e => e.Ref.ExternalId == "85746065123").ToList();
        Assert.Equal(["1772463600000", "1773068400000"], occurrences.Select(e => e.Ref.OccurrenceId));
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 15, 0, 0, TimeSpan.Zero), occurrences[1].StartUtc);
        Assert.All(occurrences, e => Assert.Equal(RegistrationApproval.Manual, e.Approval));
    }

    [Fact]
    public void BasicHeaderExample_MatchesTheDoc()
    {
        Assert.Equal("bXlDbGllbnRJZDpteUNsaWVudFNlY3JldA==", Convert.ToBase64String("myClientId:myClientSecret"u8));
    }
}
