using System.Security.Cryptography;
using System.Text;
using Vetting.Matching;

namespace Vetting.Core.Vetting;

/// <summary>
/// A screening to store. Stored once per <see cref="Key"/>: storing the same registrant content against the same list
/// versions, policy and clearances again returns the first record instead of adding one.
/// </summary>
/// <param name="RegistrantId">The registrant screened.</param>
/// <param name="ContentFingerprint">The registrant's <see cref="VettedRegistrant.ContentFingerprint"/> when screened.</param>
/// <param name="Lists">The watchlist versions screened against.</param>
/// <param name="Policy">The event policy screened under.</param>
/// <param name="PolicyRevision">The event's policy revision.</param>
/// <param name="Decision">The strongest decision over the matches not set aside by a clearance.</param>
/// <param name="Score">Best score, 0 when nothing matched.</param>
/// <param name="Matches">Matches, best first.</param>
public sealed record NewScreening(
    Guid RegistrantId,
    string ContentFingerprint,
    ListVersionSet Lists,
    EventPolicy Policy,
    int PolicyRevision,
    Decision Decision,
    double Score,
    IReadOnlyList<ScreeningMatch> Matches)
{
    /// <summary>
    /// SHA-256 (hex) of registrant content, list versions, policy and applied clearances: what makes two screenings the same.
    /// </summary>
    public string Key
    {
        get
        {
            var clearances = string.Join(',', Matches.Where(m => m.ClearanceId is not null)
                .Select(m => m.ClearanceId!.Value.ToString("N")) // not null: filtered above
                .Order(StringComparer.Ordinal));
            var text = string.Join('\u001f', ContentFingerprint, Lists.Key, Policy.Fingerprint, clearances);
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        }
    }
}
