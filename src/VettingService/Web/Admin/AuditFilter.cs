using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Vetting.Core.Vetting;

namespace Vetting.Service.Web.Admin;

/// <summary>
/// The audit page's search form. It is posted, never put in the address: the free text may be anything a user types.
/// Dates are whole UTC days; <see cref="To"/> includes its day.
/// </summary>
internal sealed class AuditFilter
{
    public const int PageSize = 50;

    public AuditKind? Kind { get; set; }

    [StringLength(AuditDraft.MaxIdLength)]
    public string? Actor { get; set; }

    public Guid? Event { get; set; }

    [DataType(DataType.Date)]
    public DateOnly? From { get; set; }

    [DataType(DataType.Date)]
    public DateOnly? To { get; set; }

    [StringLength(AuditQuery.MaxTextLength)]
    public string? Text { get; set; }

    /// <summary>Paging: show records older than this sequence.</summary>
    [Range(1, long.MaxValue)]
    public long? Before { get; set; }

    public bool IsEmpty => Kind is null && string.IsNullOrWhiteSpace(Actor) && Event is null && From is null && To is null && string.IsNullOrWhiteSpace(Text);

    /// <summary>The store query for this form (one page), or null with <paramref name="problem"/> when the dates are reversed.</summary>
    public AuditQuery? ToQuery(out string? problem)
    {
        if (From is { } from && To is { } to && to < from)
        {
            problem = "The end date is before the start date.";
            return null;
        }

        problem = null;
        return new AuditQuery(
            Kind,
            string.IsNullOrWhiteSpace(Actor) ? null : Actor.Trim(),
            Event,
            From is { } start ? new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            To is { } end ? new DateTimeOffset(end.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
            Before,
            PageSize);
    }

    /// <summary>The filled-in fields (not the page position), for the hidden fields of the paging and export forms.</summary>
    public IEnumerable<KeyValuePair<string, string>> Fields()
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [nameof(Kind)] = Kind?.ToString(),
            [nameof(Actor)] = Actor,
            [nameof(Event)] = Event?.ToString("N"),
            [nameof(From)] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [nameof(To)] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [nameof(Text)] = Text,
        };
        return fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => new KeyValuePair<string, string>(f.Key, f.Value!)); // not null: filtered
    }
}
