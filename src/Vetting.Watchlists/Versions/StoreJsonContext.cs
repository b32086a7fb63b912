using System.Text.Json.Serialization;
using Vetting.Core.Watchlists;

namespace Vetting.Watchlists.Versions;

/// <summary>Source-generated JSON for stored entities (one per line) and version manifests.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = false)]
[JsonSerializable(typeof(WatchlistEntity))]
[JsonSerializable(typeof(WatchlistVersion))]
[JsonSerializable(typeof(ActivationRecord))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
