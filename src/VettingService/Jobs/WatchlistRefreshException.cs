namespace Vetting.Service.Jobs;

/// <summary>A scheduled list refresh failed (download, parse, or an implausible shrink); the active version is unchanged.</summary>
internal sealed class WatchlistRefreshException : Exception
{
    public WatchlistRefreshException()
    {
    }

    public WatchlistRefreshException(string message)
        : base(message)
    {
    }

    public WatchlistRefreshException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
