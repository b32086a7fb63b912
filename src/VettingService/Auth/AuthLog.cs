namespace Vetting.Service.Auth;

/// <summary>Log messages of sign-in and access (event ids 1500–1599): ids and counts only, never names, passwords or keys.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(1501, LogLevel.Warning, "An API key was refused")]
    public static partial void ApiKeyRefused(ILogger logger);

    [LoggerMessage(1502, LogLevel.Warning, "No administrator yet: open /auth/setup and enter the one-time token stored in {TokenFile}")]
    public static partial void SetupTokenIssued(ILogger logger, string tokenFile);

    [LoggerMessage(1503, LogLevel.Information, "The first administrator {UserId} was set up")]
    public static partial void FirstAdminCreated(ILogger logger, string userId);

    [LoggerMessage(1504, LogLevel.Information, "User {UserId} signed in")]
    public static partial void SignedIn(ILogger logger, string userId);

    [LoggerMessage(1505, LogLevel.Warning, "A local sign-in failed ({Failures} in a row for that name)")]
    public static partial void SignInFailed(ILogger logger, int failures);

    [LoggerMessage(1506, LogLevel.Warning, "An OpenID Connect sign-in was refused: {Reason}")]
    public static partial void OidcRefused(ILogger logger, string reason);

    [LoggerMessage(1507, LogLevel.Warning, "A setup attempt with a wrong token was refused")]
    public static partial void SetupTokenRefused(ILogger logger);
}
