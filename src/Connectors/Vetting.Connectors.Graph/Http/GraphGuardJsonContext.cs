using System.Text.Json.Serialization;

namespace Vetting.Connectors.Graph.Http;

/// <summary>Source-generated JSON for the error bodies <see cref="GraphResponseGuard"/> writes.</summary>
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class GraphGuardJsonContext : JsonSerializerContext;
