namespace Vetting.Service.Api;

/// <summary>
/// The id of a reviewer's submission: the client's <c>Idempotency-Key</c> header (a double submit records one decision),
/// or a fresh id when it sends none.
/// </summary>
internal static class RequestIds
{
    public const string Header = "Idempotency-Key";

    /// <summary>Scoped to the reviewer, so two reviewers who happen to send the same key never share a decision.</summary>
    public static string From(string reviewer, string? idempotencyKey)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey))
        {
            return Guid.NewGuid().ToString("N");
        }

        var key = idempotencyKey.Trim();
        if (key.Length > 100 || key.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')))
        {
            throw new ArgumentException("the Idempotency-Key header is 1 to 100 letters, digits, '-', '_', '.' or ':'", nameof(idempotencyKey));
        }

        return reviewer + ":" + key;
    }
}
