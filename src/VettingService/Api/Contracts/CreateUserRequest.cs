namespace Vetting.Service.Api.Contracts;

/// <summary>A new local account.</summary>
internal sealed record CreateUserRequest(string UserName, string Role, string Password);
