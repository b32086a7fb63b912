namespace Vetting.Watchlists.OpenSanctions;

/// <summary>
/// What the <c>Sanction</c> records of one entity add to it, folded as they are read so that memory does not grow
/// with the number of sanctions: distinct programmes, the earliest designation date, the first link.
/// </summary>
internal sealed class FtmSanctionSummary
{
    public string[] Programmes { get; private set; } = [];

    public DateOnly? ListedOn { get; private set; }

    public string? SourceUrl { get; private set; }

    public void Add(string? programme, DateOnly? listedOn, string? sourceUrl)
    {
        if (programme is not null && Array.IndexOf(Programmes, programme) < 0)
        {
            Programmes = [.. Programmes, programme];
        }

        if (listedOn is { } date && (ListedOn is null || date < ListedOn))
        {
            ListedOn = date;
        }

        SourceUrl ??= sourceUrl;
    }
}
