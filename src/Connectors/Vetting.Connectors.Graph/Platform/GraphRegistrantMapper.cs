using Microsoft.Graph.Models;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Platform;

/// <summary>
/// Maps a Graph registration to the Core record: status vocabulary, UTC time, and the form answers that help screening
/// (organisation, job title and country pulled out by question; every other non-empty answer kept as asked).
/// </summary>
internal static class GraphRegistrantMapper
{
    private static readonly HashSet<string> OrganisationQuestions = new(StringComparer.OrdinalIgnoreCase)
    {
        "company", "company name", "organization", "organisation", "organization name", "organisation name", "employer", "affiliation",
    };

    private static readonly HashSet<string> JobTitleQuestions = new(StringComparer.OrdinalIgnoreCase)
    {
        "job title", "jobtitle", "title", "position", "role",
    };

    private static readonly HashSet<string> CountryQuestions = new(StringComparer.OrdinalIgnoreCase)
    {
        "country", "country/region", "country or region",
    };

    public static PlatformRegistrant Map(VirtualEventRegistration registration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(registration.Id);
        string? organisation = null, jobTitle = null, country = null;
        var answers = new List<RegistrantAnswer>();
        foreach (var answer in registration.RegistrationQuestionAnswers ?? [])
        {
            var question = Blank(answer?.DisplayName) ?? Blank(answer?.QuestionId);
            if (question is null || ValueOf(answer!) is not { } value)
            {
                continue;
            }

            var key = answer!.QuestionId?.Trim();
            if (organisation is null && (OrganisationQuestions.Contains(question) || OrganisationQuestions.Contains(key ?? "")))
            {
                organisation = value;
            }
            else if (jobTitle is null && (JobTitleQuestions.Contains(question) || JobTitleQuestions.Contains(key ?? "")))
            {
                jobTitle = value;
            }
            else if (country is null && (CountryQuestions.Contains(question) || CountryQuestions.Contains(key ?? "")))
            {
                country = value;
            }
            else
            {
                answers.Add(new RegistrantAnswer(question, value));
            }
        }

        return new PlatformRegistrant(
            registration.Id,
            registration.FirstName?.Trim() ?? "",
            Blank(registration.LastName),
            registration.Email?.Trim() ?? "",
            organisation,
            jobTitle,
            country,
            MapStatus(registration.Status),
            registration.RegistrationDateTime?.ToUniversalTime(),
            answers);
    }

    public static RegistrantStatus MapStatus(VirtualEventAttendeeRegistrationStatus? status) => status switch
    {
        VirtualEventAttendeeRegistrationStatus.Registered => RegistrantStatus.Approved,
        VirtualEventAttendeeRegistrationStatus.PendingApproval => RegistrantStatus.Pending,
        VirtualEventAttendeeRegistrationStatus.Waitlisted => RegistrantStatus.Waitlisted,
        VirtualEventAttendeeRegistrationStatus.Canceled => RegistrantStatus.Cancelled,
        VirtualEventAttendeeRegistrationStatus.RejectedByOrganizer => RegistrantStatus.Denied,
        _ => RegistrantStatus.Unknown,
    };

    private static string? ValueOf(VirtualEventRegistrationQuestionAnswer answer)
    {
        if (Blank(answer.Value) is { } text)
        {
            return text;
        }

        if (answer.BooleanValue is { } flag)
        {
            return flag ? "yes" : "no";
        }

        var choices = (answer.MultiChoiceValues ?? []).Select(Blank).OfType<string>().ToList();
        return choices.Count > 0 ? string.Join("; ", choices) : null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
