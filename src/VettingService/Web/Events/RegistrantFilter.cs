using Vetting.Core.Platforms;
using Vetting.Core.Vetting;
using Vetting.Service.Api.Contracts;

namespace Vetting.Service.Web.Events;

/// <summary>
/// Which registrants of an event to list: by where their decision stands (in the query string: no personal data), and by
/// a text typed into the search box (posted, never in the URL: it is usually a name).
/// </summary>
internal static class RegistrantFilter
{
    public static IReadOnlyList<(string Value, string Label)> Choices { get; } =
    [
        ("all", "All registrants"),
        ("review", "In review"),
        ("blocked", "Blocked or confirmed"),
        ("clear", "Clear"),
        ("undecided", "Not screened yet"),
    ];

    public static string Normalize(string? show) =>
        Choices.Any(c => string.Equals(c.Value, show, StringComparison.Ordinal)) ? show! : "all"; // not null: matched a choice

    public static IReadOnlyList<RegistrantItem> Apply(IReadOnlyList<RegistrantItem> registrants, string show, string? search)
    {
        ArgumentNullException.ThrowIfNull(registrants);
        var text = search?.Trim();
        return registrants
            .Where(r => Matches(r.Decision?.Kind, show))
            .Where(r => string.IsNullOrEmpty(text) || Contains(r, text))
            .ToList();
    }

    private static bool Matches(DecisionKind? kind, string show) => show switch
    {
        "review" => kind?.Verdict() == RegistrantVerdict.Hold,
        "blocked" => kind?.Verdict() == RegistrantVerdict.Deny,
        "clear" => kind?.Verdict() == RegistrantVerdict.Clear,
        "undecided" => kind is null,
        _ => true,
    };

    private static bool Contains(RegistrantItem registrant, string text) =>
        new[] { registrant.FirstName, registrant.LastName, registrant.Email, registrant.Organisation, registrant.ExternalId }
            .Any(field => field?.Contains(text, StringComparison.CurrentCultureIgnoreCase) == true);
}
