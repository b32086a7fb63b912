using System.Text.Json.Serialization;

namespace Vetting.Service.Auth;

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LocalAccountsDocument))]
internal sealed partial class AuthJsonContext : JsonSerializerContext
{
}
