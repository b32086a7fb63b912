namespace Vetting.Core.Vetting;

/// <summary>
/// An audit record to append. Ids and codes only: the audit log outlives the retention purge, so it must never hold
/// names, e-mail addresses or list text. <see cref="Validate"/> refuses values that look like e-mail addresses.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="Actor">A user id, or <c>system</c>.</param>
/// <param name="SubjectType">The kind of record concerned (<c>decision</c>, <c>action</c>, <c>event</c>, <c>watchlist</c>…).</param>
/// <param name="SubjectId">Its id.</param>
/// <param name="Details">Further ids and codes (for example <c>entity=ofac-sdn:16642</c>, <c>kind=Confirmed</c>).</param>
public sealed record AuditDraft(
    AuditKind Kind,
    string Actor,
    string SubjectType,
    string SubjectId,
    IReadOnlyDictionary<string, string>? Details = null)
{
    public const string SystemActor = "system";
    public const int MaxIdLength = 200;
    public const int MaxValueLength = 512;

    /// <summary>Throws <see cref="ArgumentException"/> when a field is empty, too long, or looks like personal data.</summary>
    public void Validate()
    {
        Check(Actor, nameof(Actor), MaxIdLength);
        Check(SubjectType, nameof(SubjectType), MaxIdLength);
        Check(SubjectId, nameof(SubjectId), MaxIdLength);
        foreach (var (key, value) in Details ?? new Dictionary<string, string>())
        {
            Check(key, nameof(Details), 64);
            if (value is null || value.Length > MaxValueLength)
            {
                throw new ArgumentException($"audit detail '{key}' is missing or longer than {MaxValueLength} characters", nameof(Details));
            }

            if (value.Contains('@', StringComparison.Ordinal))
            {
                throw new ArgumentException($"audit detail '{key}' looks like an e-mail address; audit records carry ids only", nameof(Details));
            }
        }
    }

    private static void Check(string value, string name, int max)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > max || value.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException($"audit {name} must be an id of 1..{max} characters without '@'", name);
        }
    }
}
