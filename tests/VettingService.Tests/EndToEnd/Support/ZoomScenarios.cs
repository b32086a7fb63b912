using Vetting.Testing.FakeZoom;

namespace VettingService.Tests.EndToEnd.Support;

/// <summary>A Zoom account with one manual-approval meeting and registrants who hit, or must clear, the bundled lists.</summary>
internal static class ZoomScenarios
{
    public const long MeetingId = 85746065123;
    public const string Clean = "zc-lenur";
    public const string CleanToo = "zc-anna";
    public const string Listed = "zm-aksonov";
    public const string Curated = "zm-rkgov";

    public static FakeZoomScenario Briefing() => new()
    {
        Accounts =
        [
            new FakeZoomAccount
            {
                AccountId = "AcCt123",
                ClientId = "myClientId",
                ClientSecret = "myClientSecret",
                WebhookSecretToken = "wh_s3cret_T0ken",
                Plan = "Pro",
                Users = [new FakeZoomUser("KDcuGIm1QgePTO8WbOqwIQ", "host@example.org")],
                Meetings =
                [
                    new FakeZoomEvent
                    {
                        Id = MeetingId,
                        Uuid = "aBcD/eFgH//iJkL==",
                        HostId = "KDcuGIm1QgePTO8WbOqwIQ",
                        Topic = "Partner briefing",
                        Type = 2,
                        StartTime = "2030-03-02T15:00:00Z",
                        Duration = 60,
                        ApprovalType = 1,
                        Registrants =
                        [
                            Registrant(Clean, "Lenur", "Seitablaiev", "lenur.s@example.org", "Crimean Tatar Resource Center"),
                            Registrant(CleanToo, "Anna", "Becker", "anna.becker@example.org", "Nordhafen Shipping GmbH"),
                            Registrant(Listed, "Serhii Valeriiovych", "Aksonov", "s.aksonov@example.net", null),
                            Registrant(Curated, "Olena", "Hrytsenko", "o.hrytsenko@rk.gov.ru", null),
                        ],
                    },
                ],
            },
        ],
    };

    public static FakeZoomRegistrant Registrant(string id, string first, string last, string email, string? org) =>
        new() { Id = id, FirstName = first, LastName = last, Email = email, Org = org, Status = "pending" };
}
