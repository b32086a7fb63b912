namespace Vetting.Service.Api.Contracts;

/// <summary>Make a stored version of a source the active one (also a rollback); the reason goes into the activation history.</summary>
internal sealed record ActivateRequest(string VersionId, string Reason);
