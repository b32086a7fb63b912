using Vetting.Connectors.Zoom.Api;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Zoom.Platform;

/// <summary>Maps Zoom's registrant to the Core record. Empty strings become null; the status is the one the list was asked for.</summary>
internal static class ZoomRegistrantMapper
{
    public static PlatformRegistrant Map(ZoomRegistrant registrant, RegistrantStatus listedAs)
    {
        var answers = new List<RegistrantAnswer>();
        foreach (var question in registrant.CustomQuestions ?? [])
        {
            if (Blank(question?.Title) is { } title && Blank(question?.Value) is { } value)
            {
                answers.Add(new RegistrantAnswer(title, value));
            }
        }

        Add(answers, "industry", registrant.Industry);
        Add(answers, "address", registrant.Address);
        Add(answers, "city", registrant.City);
        Add(answers, "state", registrant.State);
        Add(answers, "zip", registrant.Zip);
        Add(answers, "comments", registrant.Comments);
        return new PlatformRegistrant(
            // Checked by the listing: a registrant without an id is refused there.
            registrant.Id!,
            registrant.FirstName?.Trim() ?? "",
            Blank(registrant.LastName),
            registrant.Email?.Trim() ?? "",
            Blank(registrant.Org),
            Blank(registrant.JobTitle),
            Blank(registrant.Country),
            listedAs,
            registrant.CreateTime,
            answers);
    }

    public static RegistrantStatus ParseStatus(string? status) => status?.ToUpperInvariant() switch
    {
        "PENDING" => RegistrantStatus.Pending,
        "APPROVED" => RegistrantStatus.Approved,
        "DENIED" => RegistrantStatus.Denied,
        _ => RegistrantStatus.Unknown,
    };

    private static void Add(List<RegistrantAnswer> answers, string question, string? value)
    {
        if (Blank(value) is { } answer)
        {
            answers.Add(new RegistrantAnswer(question, answer));
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
