using System.Text.Json;

namespace Vetting.Service.Health;

/// <summary>A structured value in a check's data that writes itself into the health response.</summary>
internal interface IHealthData
{
    void WriteTo(Utf8JsonWriter writer);
}
