using Vetting.Watchlists.Versions;

namespace Vetting.Service.Web.Admin;

/// <summary>One part of a version diff on the page: its heading, its id (added, removed, changed) and its entities.</summary>
internal sealed record DiffSection(string Title, string Id, IReadOnlyList<DiffEntry> Entries)
{
    public bool ShowsFields => Id == "changed";
}
