namespace Vetting.Core.Vetting;

/// <summary>
/// Someone else changed the record since it was read (the revision passed in is stale), or a write kept colliding with
/// another instance's. Re-read and decide again.
/// </summary>
public sealed class VettingConcurrencyException : Exception
{
    public VettingConcurrencyException()
    {
    }

    public VettingConcurrencyException(string message)
        : base(message)
    {
    }

    public VettingConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
