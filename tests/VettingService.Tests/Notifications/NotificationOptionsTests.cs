using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vetting.Service.Notifications;

namespace VettingService.Tests.Notifications;

/// <summary>Notification settings are checked at start: a switched-on notifier without a relay, sender or link base fails the boot.</summary>
public sealed class NotificationOptionsTests
{
    [Fact]
    public void Validate_Disabled_SucceedsWithNothingConfigured()
    {
        var result = Validate(new NotificationOptions());

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_EnabledWithoutRelaySenderOrBaseUrl_NamesEachMissingSetting()
    {
        var result = Validate(new NotificationOptions { Enabled = true });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("Smtp:Host", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("From", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("PublicBaseUrl", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://vetting.example.org")]
    [InlineData("/review")]
    public void Validate_BaseUrlNotHttp_Fails(string baseUrl)
    {
        var result = Validate(Complete(o => o.PublicBaseUrl = baseUrl));

        Assert.True(result.Failed);
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("reviewer@")]
    [InlineData("")]
    public void Validate_ReviewerNotAnAddress_Fails(string reviewer)
    {
        var result = Validate(Complete(o => o.Reviewers.Add(reviewer)));

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("e-mail address", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_AccountReviewerNotAnAddress_Fails()
    {
        var result = Validate(Complete(o => o.AccountReviewers["osce"] = ["ok@example.org", "broken"]));

        Assert.True(result.Failed);
    }

    [Fact]
    public void Validate_CompleteSettings_Succeed()
    {
        var result = Validate(Complete(_ => { }));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("Vetting:Notifications:Smtp:Port", "0")]
    [InlineData("Vetting:Notifications:Smtp:TimeoutSeconds", "100000")]
    [InlineData("Vetting:Notifications:From", "no-address")]
    [InlineData("Vetting:Notifications:DigestLead", "00:01:00")]
    public void Options_OutOfRangeSetting_ThrowsWhenRead(string key, string value)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Vetting:Notifications:Enabled"] = "true",
            ["Vetting:Notifications:From"] = "vetting@secretariat.example",
            ["Vetting:Notifications:PublicBaseUrl"] = "https://vetting.example.org",
            ["Vetting:Notifications:Smtp:Host"] = "mail.example.org",
            [key] = value,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddVettingNotifications(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<NotificationOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains(key.Split(':')[^1], StringComparison.Ordinal));
    }

    private static NotificationOptions Complete(Action<NotificationOptions> change)
    {
        var options = new NotificationOptions
        {
            Enabled = true,
            From = "vetting@secretariat.example",
            PublicBaseUrl = "https://vetting.example.org",
            Smtp = new SmtpSettings { Host = "mail.example.org" },
            Reviewers = ["reviewer@secretariat.example"],
        };
        change(options);
        return options;
    }

    private static ValidateOptionsResult Validate(NotificationOptions options)
    {
        var failures = new List<string>();
        foreach (var validator in new IValidateOptions<NotificationOptions>[] { new NotificationOptionsValidator(), new NotificationOptionsRules() })
        {
            var result = validator.Validate(Options.DefaultName, options);
            failures.AddRange(result.Failed ? result.Failures ?? [result.FailureMessage] : []);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
