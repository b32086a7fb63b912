namespace Vetting.Service.Jobs;

/// <summary>
/// The distributed-lock resource of jobs that send requests to one platform account (pull, notice, enforcement, final
/// check). Their first two arguments are the platform and the account, so <c>[DisableConcurrentExecution]</c> formats
/// this into one lock per account: across every service instance, one such job per account runs at a time.
/// </summary>
internal static class AccountLock
{
    public const string Resource = "vetting:account:{0}:{1}";

    /// <summary>How long a job waits for the account's lock before failing (and being retried).</summary>
    public const int TimeoutSeconds = 600;
}
