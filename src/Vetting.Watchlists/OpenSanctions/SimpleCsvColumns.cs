using nietras.SeparatedValues;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.OpenSanctions;

/// <summary>
/// Column positions of a <c>targets.simple.csv</c>, found by header name (older exports lack <c>program_ids</c>
/// and <c>last_change</c>; any optional column may be missing). <c>id</c>, <c>schema</c> and <c>name</c> are required.
/// </summary>
internal sealed record SimpleCsvColumns(int Count, int Id, int Schema, int Name)
{
    public int Aliases { get; private init; } = -1;
    public int BirthDate { get; private init; } = -1;
    public int Countries { get; private init; } = -1;
    public int Addresses { get; private init; } = -1;
    public int Identifiers { get; private init; } = -1;
    public int Sanctions { get; private init; } = -1;
    public int Phones { get; private init; } = -1;
    public int Emails { get; private init; } = -1;
    public int ProgramIds { get; private init; } = -1;
    public int Dataset { get; private init; } = -1;
    public int LastSeen { get; private init; } = -1;

    public static SimpleCsvColumns From(SepReaderHeader header, string file)
    {
        int Required(string name) => header.TryIndexOf(name, out var index)
            ? index
            : throw new WatchlistFormatException(file, $"not an OpenSanctions targets.simple.csv: no '{name}' column in the header", line: 1);
        int Optional(string name) => header.TryIndexOf(name, out var index) ? index : -1;

        return new SimpleCsvColumns(header.ColNames.Count, Required("id"), Required("schema"), Required("name"))
        {
            Aliases = Optional("aliases"),
            BirthDate = Optional("birth_date"),
            Countries = Optional("countries"),
            Addresses = Optional("addresses"),
            Identifiers = Optional("identifiers"),
            Sanctions = Optional("sanctions"),
            Phones = Optional("phones"),
            Emails = Optional("emails"),
            ProgramIds = Optional("program_ids"),
            Dataset = Optional("dataset"),
            LastSeen = Optional("last_seen"),
        };
    }
}
