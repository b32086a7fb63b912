namespace Vetting.Service.Api.Contracts;

/// <summary>Confirm a match: the reviewer's reason and the list entity confirmed (default: the best match).</summary>
internal sealed record ConfirmRequest(string Justification, string? EntityId = null);
