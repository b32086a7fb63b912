using System.Text;
using Vetting.Connectors.Zoom.Webhooks;
using Vetting.Testing.FakeZoom;

namespace Vetting.Connectors.Zoom.Tests.Webhooks;

/// <summary>The worked examples of zoom-api.md §6, for the connector's verifier and the fake's signer alike.</summary>
public sealed class WebhookSignatureTests
{
    public const string Secret = "wh_s3cret_T0ken";
    public const long Timestamp = 1767225600;

    public const string CreatedBody =
        "{\"event\":\"meeting.registration_created\",\"event_ts\":1767225600123,\"payload\":{\"account_id\":\"AcCt123\",\"object\":{\"id\":85746065123," +
        "\"uuid\":\"aBcD/eFgH//iJkL==\",\"registrant\":{\"id\":\"R1xYz\",\"email\":\"jane@example.org\",\"first_name\":\"Jane\",\"last_name\":\"Doe\",\"status\":\"pending\"}}}}";

    public const string CreatedSignature = "v0=296326b37abac436eb9aaf289d07602530714458c996cbba3860a5297aea13a3";

    public const string ValidationBody =
        "{\"payload\":{\"plainToken\":\"qgg8vlvZRS6UYooatFL8Aw\"},\"event_ts\":1767225600123,\"event\":\"endpoint.url_validation\"}";

    public const string ValidationSignature = "v0=8ec3381354ad0b8033a22b84bd69f6aef0fe3e7934f14a96f7110906e6600929";

    public const string UnicodeBody = "{\"event\":\"meeting.registration_created\",\"payload\":{\"object\":{\"topic\":\"Café – ünïcode\"}}}";

    public const string UnicodeSignature = "v0=ff83e83f07c38e92285c64e5799a85cdd54c3992ce6c32a796bc19cda8f77aee";

    public static TheoryData<string, long, string, string> Vectors => new()
    {
        { Secret, Timestamp, CreatedBody, CreatedSignature },
        { Secret, Timestamp, ValidationBody, ValidationSignature },
        { Secret, Timestamp, UnicodeBody, UnicodeSignature },
        {
            "4fv1RkqGQUq5sWbEz6hA5A", 1720705455,
            "{\"payload\":{\"plainToken\":\"xys8n8PGS7mAU0m5-YJjRA\"},\"event_ts\":1720705455858,\"event\":\"endpoint.url_validation\"}",
            "v0=93a1a675965ceb9c5a50c5dfb31f20e50f763be37a54ef74cd2d16a1a8e5c0d6"
        },
    };

    [Fact]
    public void CreatedBody_IsTheDocs267Bytes()
    {
        Assert.Equal(267, Encoding.UTF8.GetByteCount(CreatedBody));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Compute_DocWorkedExample_GivesTheDocSignature(string secret, long timestamp, string body, string signature)
    {
        var bytes = Encoding.UTF8.GetBytes(body);

        Assert.Equal(signature, ZoomWebhookSignature.Compute(secret, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), bytes));
        Assert.Equal(signature, FakeZoomWebhookSender.Sign(secret, timestamp, bytes));
        Assert.True(ZoomWebhookSignature.Matches(signature, signature));
    }

    [Fact]
    public void Compute_UnicodeBodyAsLatin1OrAscii_DoesNotMatch()
    {
        var ascii = Encoding.ASCII.GetBytes(UnicodeBody);

        Assert.NotEqual(UnicodeSignature, ZoomWebhookSignature.Compute(Secret, "1767225600", ascii));
    }

    [Theory]
    [InlineData("qgg8vlvZRS6UYooatFL8Aw", Secret, "92910068c27915ee22451c3ea4cd07953f58abcf55dfe57399af681dcf6fb587")]
    [InlineData("xys8n8PGS7mAU0m5-YJjRA", "4fv1RkqGQUq5sWbEz6hA5A", "2fffc6a967dde4f68024025a5bd991c5ae1e5313b4e6365be4883e3e81d479b3")]
    public void EncryptToken_DocExample_GivesTheDocHex(string plainToken, string secret, string expected)
    {
        Assert.Equal(expected, ZoomWebhookSignature.EncryptToken(secret, plainToken));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v0=296326b37abac436eb9aaf289d07602530714458c996cbba3860a5297aea13a4")]
    [InlineData("V0=296326B37ABAC436EB9AAF289D07602530714458C996CBBA3860A5297AEA13A3")]
    [InlineData("v0=296326b37abac436eb9aaf289d07602530714458c996cbba3860a5297aea13a3 ")]
    public void Matches_AnyOtherHeader_IsFalse(string? received)
    {
        Assert.False(ZoomWebhookSignature.Matches(CreatedSignature, received));
    }
}
