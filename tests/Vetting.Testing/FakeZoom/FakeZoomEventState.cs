namespace Vetting.Testing.FakeZoom;

/// <summary>A meeting or webinar at run time with its registrants in listing order.</summary>
public sealed class FakeZoomEventState
{
    public FakeZoomEventState(FakeZoomAccount account, bool isWebinar, FakeZoomEvent source)
    {
        Account = account;
        IsWebinar = isWebinar;
        Event = source;
        Registrants = [.. source.Registrants.Concat(source.Generate?.Create() ?? []).Select(r => new FakeZoomRegistrantState(r))];
        ById = Registrants.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public FakeZoomAccount Account { get; }

    public bool IsWebinar { get; }

    public FakeZoomEvent Event { get; }

    public List<FakeZoomRegistrantState> Registrants { get; }

    public Dictionary<string, FakeZoomRegistrantState> ById { get; }

    public string Segment => IsWebinar ? "webinars" : "meetings";
}
