namespace Vetting.Service.Auth;

/// <summary>Who is signed in: the id decisions are recorded under, the display name, the role, and how they signed in.</summary>
internal sealed record CurrentUser(string UserId, string Name, string Role, string AuthenticatedBy);
