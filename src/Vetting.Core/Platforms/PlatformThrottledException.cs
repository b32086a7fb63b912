namespace Vetting.Core.Platforms;

/// <summary>
/// The platform's limits call for a wait longer than the connector will block a thread for (a daily quota, or a
/// Retry-After beyond the in-process budget). The job layer should reschedule the work after <see cref="RetryAfter"/>.
/// </summary>
public sealed class PlatformThrottledException : Exception
{
    public PlatformThrottledException()
        : this(TimeSpan.Zero, "The platform asked to slow down.")
    {
    }

    public PlatformThrottledException(string message)
        : this(TimeSpan.Zero, message)
    {
    }

    public PlatformThrottledException(string message, Exception innerException)
        : this(TimeSpan.Zero, message, innerException)
    {
    }

    public PlatformThrottledException(TimeSpan retryAfter, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAfter, TimeSpan.Zero);
        RetryAfter = retryAfter;
    }

    /// <summary>How long to wait before trying again.</summary>
    public TimeSpan RetryAfter { get; }

    /// <summary>Which limit was hit (for example <c>Medium/Daily-limit</c>), when known.</summary>
    public string? Limit { get; init; }
}
