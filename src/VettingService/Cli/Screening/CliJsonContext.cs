using System.Text.Json.Serialization;

namespace Vetting.Service.Cli.Screening;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PairResult))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
