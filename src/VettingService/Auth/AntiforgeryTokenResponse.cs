namespace Vetting.Service.Auth;

/// <summary>Send <see cref="Token"/> in the <see cref="HeaderName"/> header (or the <see cref="FormFieldName"/> form field).</summary>
internal sealed record AntiforgeryTokenResponse(string HeaderName, string FormFieldName, string Token);
