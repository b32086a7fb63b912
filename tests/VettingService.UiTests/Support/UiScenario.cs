using System.Globalization;
using Vetting.Testing.FakeZoom;

namespace VettingService.UiTests.Support;

/// <summary>A Zoom account with one manual-approval meeting three days ahead; tests register people on it as they go.</summary>
internal static class UiScenario
{
    public const string Account = "osce";
    public const long MeetingId = 81234500077;
    public const string Topic = "Human dimension meeting: Crimea";

    public static FakeZoomScenario Create(DateTimeOffset now) => new()
    {
        Accounts =
        [
            new FakeZoomAccount
            {
                AccountId = "AcCtUi1",
                ClientId = "uiClientId",
                ClientSecret = "uiClientSecret",
                WebhookSecretToken = "wh_ui_s3cret",
                Plan = "Pro",
                Users = [new FakeZoomUser("UiHostUser000000000001", "host@example.org")],
                Meetings =
                [
                    new FakeZoomEvent
                    {
                        Id = MeetingId,
                        Uuid = "uI/mEeTiNg//==",
                        HostId = "UiHostUser000000000001",
                        Topic = Topic,
                        Type = 2,
                        StartTime = (now + TimeSpan.FromDays(3)).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                        Duration = 120,
                        ApprovalType = 1,
                        Registrants = [Person("ui-seed-clean", "Lenur", "Seitablaiev", "lenur.s@example.org", "Crimean Tatar Resource Center")],
                    },
                ],
            },
        ],
    };

    public static FakeZoomRegistrant Person(string id, string first, string last, string email, string? org = null) =>
        new() { Id = id, FirstName = first, LastName = last, Email = email, Org = org, Status = "pending" };

    /// <summary>A fresh external id, so each test's registrants are its own.</summary>
    public static string NewId(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];
}
