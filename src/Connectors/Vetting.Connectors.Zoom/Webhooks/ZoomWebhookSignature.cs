using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Vetting.Connectors.Zoom.Webhooks;

/// <summary>
/// Zoom's webhook HMACs (zoom-api.md §6): <c>v0=hex(HMAC-SHA256(secret, "v0:{timestamp}:" + raw body))</c> over the
/// exact bytes received (never re-serialised, never ASCII-encoded), and the URL-validation <c>encryptedToken</c>.
/// </summary>
internal static class ZoomWebhookSignature
{
    public static string Compute(string secretToken, string timestamp, ReadOnlySpan<byte> rawBody)
    {
        var key = Encoding.UTF8.GetBytes(secretToken);
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.UTF8.GetBytes("v0:" + timestamp + ":"));
        hmac.AppendData(rawBody);
        return "v0=" + Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    public static string EncryptToken(string secretToken, string plainToken) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretToken), Encoding.UTF8.GetBytes(plainToken)));

    /// <summary>Compares the received header with the expected value in constant time.</summary>
    public static bool Matches(string expected, string? received)
    {
        if (received is null || received.Length != expected.Length || received.Length > 256)
        {
            return false;
        }

        var length = expected.Length;
        var a = ArrayPool<byte>.Shared.Rent(length);
        var b = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var n1 = Encoding.ASCII.GetBytes(expected, a);
            var n2 = Encoding.ASCII.GetBytes(received, b);
            return n1 == n2 && CryptographicOperations.FixedTimeEquals(a.AsSpan(0, n1), b.AsSpan(0, n2));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(a);
            ArrayPool<byte>.Shared.Return(b);
        }
    }
}
