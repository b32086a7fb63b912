using Microsoft.Extensions.Options;

namespace Vetting.Connectors.Graph.Configuration;

/// <summary>Source-generated DataAnnotations check of the connector-wide settings.</summary>
[OptionsValidator]
internal sealed partial class GraphConnectorAttributesValidator : IValidateOptions<GraphConnectorOptions>;
