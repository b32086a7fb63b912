using Vetting.Testing;
using Vetting.Watchlists.Curated;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Tests.OpenSanctions;

namespace Vetting.Watchlists.Tests.Curated;

/// <summary>Curated test files in a temporary folder, and a valid one-entry list the bad-input tests break line by line.</summary>
internal sealed class CuratedFiles : IDisposable
{
    /// <summary>A valid one-entry list; the tests replace or remove single lines (numbers in the comments).</summary>
    public static readonly string[] ValidEntry =
    [
        "entries:",                            // 1
        "  - id: ivan-petrov",                 // 2
        "    kind: person",                    // 3
        "    names:",                          // 4
        "      en: Ivan PETROV",               // 5
        "    sources:",                        // 6
        "      - https://example.org/petrov",  // 7
        "    added_on: 2026-11-28",            // 8
        "    added_by: Vetting team",          // 9
        "    reason: Test entry.",             // 10
        "    confidence: medium",              // 11
    ];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public string Path(string name) => _temp.File(name);

    public string Write(string yaml)
    {
        var file = _temp.File("entries.yaml");
        File.WriteAllText(file, yaml);
        return file;
    }

    public WatchlistFormatException Fail(string yaml) => ReaderRun.Fails(new CuratedListReader(), Write(yaml));
}
