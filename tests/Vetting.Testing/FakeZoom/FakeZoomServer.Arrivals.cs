namespace Vetting.Testing.FakeZoom;

/// <summary>Registrations made while the fake runs, as if someone signed up just now.</summary>
public sealed partial class FakeZoomServer
{
    /// <summary>Adds a registrant to a meeting or webinar; it is listed from the next request on.</summary>
    public void AddRegistrant(long eventId, FakeZoomRegistrant registrant)
    {
        ArgumentNullException.ThrowIfNull(registrant);
        lock (_gate)
        {
            var state = _events[eventId];
            var added = new FakeZoomRegistrantState(registrant);
            state.ById.Add(added.Id, added);
            state.Registrants.Add(added);
        }
    }
}
