using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Vetting.Core.Vetting;

/// <summary>The audit chain's hash: anyone holding an export can recompute it without the service.</summary>
public static class AuditHash
{
    /// <summary>The "previous hash" of the first record.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>
    /// SHA-256 (lower-case hex) over the length-prefixed UTF-8 fields: previous hash, sequence, time (ISO 8601 UTC,
    /// milliseconds), kind name, actor, subject type, subject id, details.
    /// </summary>
    public static string Compute(
        string previousHash, long sequence, DateTimeOffset at, AuditKind kind, string actor, string subjectType, string subjectId, string details)
    {
        var builder = new StringBuilder(256);
        foreach (var field in new[]
                 {
                     previousHash,
                     sequence.ToString(CultureInfo.InvariantCulture),
                     Truncate(at).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                     kind.ToString(),
                     actor,
                     subjectType,
                     subjectId,
                     details,
                 })
        {
            builder.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('|');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    /// <summary>Recomputes an entry's hash from its fields.</summary>
    public static string Compute(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Compute(entry.PreviousHash, entry.Sequence, entry.At, entry.Kind, entry.Actor, entry.SubjectType, entry.SubjectId, entry.Details);
    }

    /// <summary>UTC, whole milliseconds: every supported database stores that exactly.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    /// <summary>A JSON object with the keys in ordinal order.</summary>
    public static string CanonicalDetails(IReadOnlyDictionary<string, string>? details)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in (details ?? new Dictionary<string, string>()).OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                writer.WriteString(key, value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
