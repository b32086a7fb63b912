using System.Text.RegularExpressions;
using Vetting.Testing;

namespace Vetting.Watchlists.Tests.Versions;

/// <summary>Builds edited copies of the real UN list excerpt, to produce versions that differ in known ways.</summary>
internal static partial class UnListEdits
{
    public static string Original => File.ReadAllText(TestPaths.ListFixture("un-consolidated.xml"));

    public static int CountRecords(string xml) => IndividualOpen().Count(xml) + EntityOpen().Count(xml);

    /// <summary>Removes the first <paramref name="count"/> INDIVIDUAL records.</summary>
    public static string WithoutIndividuals(string xml, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var match = IndividualBlock().Match(xml);
            xml = xml.Remove(match.Index, match.Length);
        }

        return xml;
    }

    /// <summary>The DATAID of the first INDIVIDUAL.</summary>
    public static string FirstIndividualId(string xml) => FirstDataId().Match(IndividualBlock().Match(xml).Value).Groups[1].Value;

    /// <summary>Changes the FIRST_NAME of the second INDIVIDUAL; returns the edited text and its DATAID.</summary>
    public static (string Xml, string DataId) WithSecondIndividualRenamed(string xml)
    {
        var second = IndividualBlock().Matches(xml)[1];
        var renamed = FirstName().Replace(second.Value, "<FIRST_NAME>RENAMED</FIRST_NAME>", 1);
        var id = FirstDataId().Match(second.Value).Groups[1].Value;
        return (xml.Remove(second.Index, second.Length).Insert(second.Index, renamed), id);
    }

    [GeneratedRegex("<INDIVIDUAL>")]
    private static partial Regex IndividualOpen();

    [GeneratedRegex("<ENTITY>")]
    private static partial Regex EntityOpen();

    [GeneratedRegex(@"\s*<INDIVIDUAL>.*?</INDIVIDUAL>", RegexOptions.Singleline)]
    private static partial Regex IndividualBlock();

    [GeneratedRegex(@"<DATAID>(\d+)</DATAID>")]
    private static partial Regex FirstDataId();

    [GeneratedRegex(@"<FIRST_NAME>[^<]*</FIRST_NAME>")]
    private static partial Regex FirstName();
}
