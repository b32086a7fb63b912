using System.Collections.Frozen;
using System.Globalization;

namespace Vetting.Matching.Domains;

/// <summary>
/// Normalises listed domain values and registrant e-mail addresses: lower case, IDN to ASCII, scheme, path,
/// port and <c>www.</c> removed. A listed e-mail address on a shared mail host (mail.ru, gmail.com...) matches only
/// that address; a website on a shared host with a path matches nothing by domain.
/// </summary>
internal static class DomainNormalizer
{
    private static readonly IdnMapping Idn = new();

    private static readonly FrozenSet<string> SharedHosts = new[]
    {
        "mail.ru", "bk.ru", "inbox.ru", "list.ru", "yandex.ru", "ya.ru", "rambler.ru", "gmail.com", "googlemail.com",
        "yahoo.com", "hotmail.com", "outlook.com", "live.com", "icloud.com", "protonmail.com", "proton.me", "ukr.net",
        "i.ua", "meta.ua", "gmx.de", "gmx.net", "web.de", "aol.com", "qq.com", "163.com", "facebook.com", "vk.com",
        "t.me", "twitter.com", "x.com", "instagram.com", "youtube.com", "ok.ru", "telegram.me", "linkedin.com",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Normalises one listed value; null when it is not a usable domain, address or pattern.</summary>
    public static ListedDomain? Listed(string value)
    {
        var text = value.Trim().ToLowerInvariant();
        if (text.Length == 0)
        {
            return null;
        }

        if (text.StartsWith("*.", StringComparison.Ordinal))
        {
            var host = Host(text[2..]);
            return host is null ? null : new ListedDomain(host, DomainKind.Subdomains, value);
        }

        if (text.StartsWith("mailto:", StringComparison.Ordinal))
        {
            text = text[7..];
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at > 0 && !text.Contains("://", StringComparison.Ordinal))
        {
            var address = Address(text);
            return address is null ? null : new ListedDomain(address, DomainKind.Address, value);
        }

        var withoutScheme = text.Contains("://", StringComparison.Ordinal) ? text[(text.IndexOf("://", StringComparison.Ordinal) + 3)..] : text;
        var slash = withoutScheme.IndexOfAny(['/', '?', '#']);
        var hasPath = slash >= 0 && withoutScheme[(slash + 1)..].Trim('/').Length > 0;
        var domain = Host(slash >= 0 ? withoutScheme[..slash] : withoutScheme);
        if (domain is null || (hasPath && SharedHosts.Contains(domain)) || SharedHosts.Contains(domain))
        {
            return null;
        }

        return new ListedDomain(domain, DomainKind.Domain, value);
    }

    /// <summary>Normalises a registrant e-mail address; null when it has no usable domain.</summary>
    public static string? Address(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var text = email.Trim().ToLowerInvariant();
        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1)
        {
            return null;
        }

        var domain = Host(text[(at + 1)..]);
        return domain is null ? null : text[..at] + "@" + domain;
    }

    /// <summary>The domain part of a normalised address.</summary>
    public static string DomainOf(string address) => address[(address.LastIndexOf('@') + 1)..];

    private static string? Host(string text)
    {
        var host = text.Trim().TrimEnd('.');
        var colon = host.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            host = host[..colon];
        }

        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        if (host.Length == 0 || !host.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return Idn.GetAscii(host);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
