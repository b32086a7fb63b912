using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Vetting.Core.Platforms;

namespace Vetting.Core.Vetting;

/// <summary>
/// SHA-256 fingerprints of a registration (lower-case hex, 64 characters). Texts are compared after NFKC
/// normalisation, case folding and whitespace collapsing, so re-typed or re-read data with the same content keeps its
/// fingerprint.
/// </summary>
public static class RegistrantFingerprints
{
    private const char Separator = '\u001f';

    /// <summary>Over every field screening reads: a change means the registrant must be screened again.</summary>
    public static string Content(PlatformRegistrant registrant)
    {
        ArgumentNullException.ThrowIfNull(registrant);
        return Hash(
            Normalise(registrant.FirstName),
            Normalise(registrant.LastName),
            Normalise(registrant.Email),
            Normalise(registrant.Organisation),
            Normalise(registrant.JobTitle),
            Normalise(registrant.Country));
    }

    /// <summary>
    /// Over the person: name tokens in sorted order (so swapped first and last names agree) and the e-mail address.
    /// A reviewer's clearance is reused for the same identity at later events.
    /// </summary>
    public static string Identity(PlatformRegistrant registrant)
    {
        ArgumentNullException.ThrowIfNull(registrant);
        var tokens = (Normalise(registrant.FirstName) + " " + Normalise(registrant.LastName))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Order(StringComparer.Ordinal);
        return Hash(string.Join(' ', tokens), Normalise(registrant.Email));
    }

    internal static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var folded = text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        return string.Join(' ', folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Hash(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(Separator, parts))));
}
