using Microsoft.Extensions.Options;

namespace Vetting.Connectors.Graph.Configuration;

/// <summary>Source-generated DataAnnotations check of one tenant.</summary>
[OptionsValidator]
internal sealed partial class GraphTenantOptionsValidator : IValidateOptions<GraphTenantOptions>;
