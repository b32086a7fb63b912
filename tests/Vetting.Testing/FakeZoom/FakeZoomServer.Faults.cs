namespace Vetting.Testing.FakeZoom;

/// <summary>Fault bookkeeping: which request gets which fault.</summary>
public sealed partial class FakeZoomServer
{
    /// <summary>Adds a fault for the next matching requests (after <see cref="FakeZoomFault.Skip"/> of them).</summary>
    public void AddFault(FakeZoomFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (_gate)
        {
            _faults.Add(new FaultSlot(fault));
        }
    }

    /// <summary>Removes every pending fault.</summary>
    public void ClearFaults()
    {
        lock (_gate)
        {
            _faults.Clear();
        }
    }

    private FakeZoomFault? TakeFault(string method, string path)
    {
        lock (_gate)
        {
            foreach (var slot in _faults)
            {
                if (slot.Remaining <= 0 || !Matches(slot.Fault.Route, method, path))
                {
                    continue;
                }

                if (slot.ToSkip > 0)
                {
                    slot.ToSkip--;
                    continue;
                }

                slot.Remaining--;
                return slot.Fault;
            }

            return null;
        }
    }

    private static bool Matches(string route, string method, string path)
    {
        if (route == "*")
        {
            return true;
        }

        var space = route.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || !string.Equals(route[..space], method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var expected = route[(space + 1)..].Split('/');
        var actual = path.Split('/');
        return expected.Length == actual.Length
            && expected.Zip(actual).All(p => p.First == "*" || string.Equals(p.First, p.Second, StringComparison.OrdinalIgnoreCase));
    }

    private sealed class FaultSlot(FakeZoomFault fault)
    {
        public FakeZoomFault Fault { get; } = fault;

        public int Remaining { get; set; } = fault.Count;

        public int ToSkip { get; set; } = fault.Skip;
    }
}
