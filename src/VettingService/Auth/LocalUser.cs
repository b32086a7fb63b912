namespace Vetting.Service.Auth;

/// <summary>A local account (used when <see cref="AuthMode.Local"/>). The user name is the id in decisions and the audit log.</summary>
internal sealed record LocalUser(string UserName, string Role, string PasswordHash, DateTimeOffset CreatedAt, string CreatedBy);
