using Vetting.Core.Vetting;

namespace Vetting.Service.Api.Contracts;

/// <summary>A connected account's default policy and enabled flag; <see cref="Revision"/> as read (409 when stale).</summary>
internal sealed record UpdateAccountRequest(EventPolicy DefaultPolicy, bool Enabled, int Revision);
