using Vetting.Matching.Domains;

namespace Vetting.Matching.Tests.Text;

public sealed class DomainNormalizerTests
{
    [Theory]
    [InlineData("rk.gov.ru", "rk.gov.ru", "Domain")]
    [InlineData("*.rk.gov.ru", "rk.gov.ru", "Subdomains")]
    [InlineData("http://www.kerchport.com", "kerchport.com", "Domain")]
    [InlineData("https://WWW.Morskoybank.com/", "morskoybank.com", "Domain")]
    [InlineData("root@morskoybank.com", "root@morskoybank.com", "Address")]
    [InlineData("mailto:Press@RK.gov.ru", "press@rk.gov.ru", "Address")]
    [InlineData("ngkkjd@mail.ru", "ngkkjd@mail.ru", "Address")]
    [InlineData("президент.рф", "xn--d1abbgf6aiiy.xn--p1ai", "Domain")]
    public void Listed_Values_AreNormalised(string value, string key, string kind)
    {
        var listed = DomainNormalizer.Listed(value);

        Assert.NotNull(listed);
        Assert.Equal(key, listed.Value.Key);
        Assert.Equal(Enum.Parse<DomainKind>(kind), listed.Value.Kind);
    }

    [Theory]
    [InlineData("mail.ru")] // a shared mail host is never a listed domain
    [InlineData("https://facebook.com/someone")] // a page on a shared host
    [InlineData("localhost")] // no dot
    [InlineData("")]
    [InlineData("   ")]
    public void Listed_UnusableValues_AreIgnored(string value)
    {
        Assert.Null(DomainNormalizer.Listed(value));
    }

    [Theory]
    [InlineData(" Ivan.Petrov@Mail.RK.gov.ru ", "ivan.petrov@mail.rk.gov.ru")]
    [InlineData("a@b", null)]
    [InlineData("no-at-sign.example", null)]
    [InlineData("trailing@", null)]
    [InlineData(null, null)]
    public void Address_RegistrantEmails_AreNormalisedOrRejected(string? email, string? expected)
    {
        Assert.Equal(expected, DomainNormalizer.Address(email));
    }
}
