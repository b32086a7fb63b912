using System.Text;

namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>
/// The corpus as two CSV files (UTF-8, LF, RFC 4180 quoting) that <c>vetting screen --registrants</c> reads as they
/// are: the registrant columns, plus <c>slice</c>, <c>expected</c> (entity ids, <c>;</c>-separated) and <c>derived_from</c>.
/// </summary>
internal static class CorpusCsv
{
    public const string PositivesFile = "corpus/positives.csv";
    public const string NegativesFile = "corpus/negatives.csv";

    private const string Header = "id,slice,first_name,last_name,email,organization,job_title,country,expected,derived_from";

    public static string Write(IEnumerable<CorpusCase> cases)
    {
        var text = new StringBuilder().Append(Header).Append('\n');
        foreach (var c in cases)
        {
            string[] fields =
            [
                c.Id, c.Slice, c.FirstName, c.LastName, c.Email, c.Organization, c.JobTitle, c.Country, string.Join(';', c.Expected), c.DerivedFrom,
            ];
            text.AppendJoin(',', fields.Select(Quote)).Append('\n');
        }

        return text.ToString();
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 || field != field.Trim()
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
