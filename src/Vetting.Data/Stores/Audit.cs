using System.Globalization;
using Vetting.Core.Vetting;

namespace Vetting.Data.Stores;

/// <summary>Builders of the stores' own audit records: ids and codes only.</summary>
internal static class Audit
{
    public static AuditDraft Draft(AuditKind kind, string actor, string subjectType, Guid subjectId, params (string Key, object? Value)[] details) =>
        new(kind, actor, subjectType, subjectId.ToString("N"), details
            .Where(d => d.Value is not null)
            .ToDictionary(d => d.Key, d => Format(d.Value!), StringComparer.Ordinal)); // not null: filtered above

    private static string Format(object value) => value switch
    {
        Guid id => id.ToString("N"),
        DateTimeOffset at => AuditHash.Truncate(at).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
