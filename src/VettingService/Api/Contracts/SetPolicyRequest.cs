using Vetting.Core.Vetting;

namespace Vetting.Service.Api.Contracts;

/// <summary>A new policy for an event; <see cref="Revision"/> is the event revision it was read at (409 when stale).</summary>
internal sealed record SetPolicyRequest(EventPolicy Policy, int Revision);
