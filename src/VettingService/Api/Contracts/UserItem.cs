namespace Vetting.Service.Api.Contracts;

/// <summary>A local account (never its password hash).</summary>
internal sealed record UserItem(string UserName, string Role, DateTimeOffset CreatedAt, string CreatedBy);
