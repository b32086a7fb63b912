namespace Vetting.Service.Api.Contracts;

/// <summary>A reviewer's reason, kept with the decision (ids rather than names, please).</summary>
internal sealed record JustificationRequest(string Justification);
