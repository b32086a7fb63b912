namespace Vetting.Core.Tests.Workflow.Support;

/// <summary>A clock the test sets; each reading moves it on by a millisecond, as real time would between two writes.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now = start;

    public DateTimeOffset Now
    {
        get
        {
            lock (_gate)
            {
                return _now;
            }
        }

        set
        {
            lock (_gate)
            {
                _now = value;
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            _now = _now.AddMilliseconds(1);
            return _now;
        }
    }
}
