using Vetting.Core.Watchlists;

namespace Vetting.Watchlists.Common;

/// <summary>Maps the open-text identifier labels of the lists (OFAC idType, UN TYPE_OF_DOCUMENT, FtM properties) to types.</summary>
internal static class IdentifierTypes
{
    public static IdentifierType FromLabel(string label)
    {
        var l = label.Trim().ToLowerInvariant();
        return l switch
        {
            _ when l.Contains("e-mail", StringComparison.Ordinal) || l.Contains("email", StringComparison.Ordinal) => IdentifierType.Email,
            _ when l.Contains("website", StringComparison.Ordinal) || l is "url" or "web" => IdentifierType.Website,
            _ when l.Contains("passport", StringComparison.Ordinal) => IdentifierType.Passport,
            _ when l.Contains("tax", StringComparison.Ordinal) || l is "inn" or "inncode" or "fiscalcode" => IdentifierType.TaxId,
            _ when l.Contains("national", StringComparison.Ordinal) || l.Contains("identification number", StringComparison.Ordinal)
                   || l is "id" or "idnumber" => IdentifierType.NationalId,
            _ when l.Contains("registration", StringComparison.Ordinal) || l.Contains("ogrn", StringComparison.Ordinal)
                   || l is "regnumber" or "registrationnumber" => IdentifierType.Registration,
            _ when l.Contains("imo", StringComparison.Ordinal) => IdentifierType.Imo,
            _ when l.Contains("mmsi", StringComparison.Ordinal) => IdentifierType.Mmsi,
            _ when l.Contains("call sign", StringComparison.Ordinal) || l is "callsign" => IdentifierType.CallSign,
            _ when l.Contains("swift", StringComparison.Ordinal) || l.Contains("bic", StringComparison.Ordinal) => IdentifierType.Swift,
            _ when l.Contains("phone", StringComparison.Ordinal) => IdentifierType.Phone,
            _ when l.Contains("digital currency", StringComparison.Ordinal) || l.Contains("crypto", StringComparison.Ordinal) => IdentifierType.CryptoAddress,
            _ => IdentifierType.Other,
        };
    }
}
