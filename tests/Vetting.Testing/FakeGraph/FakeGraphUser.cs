namespace Vetting.Testing.FakeGraph;

/// <summary>A directory user: Entra object id and user principal name.</summary>
public sealed record FakeGraphUser(string Id, string UserPrincipalName);
