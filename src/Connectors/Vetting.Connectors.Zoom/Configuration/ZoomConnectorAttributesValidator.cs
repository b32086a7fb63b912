using Microsoft.Extensions.Options;

namespace Vetting.Connectors.Zoom.Configuration;

/// <summary>Source-generated DataAnnotations check of the connector-wide settings.</summary>
[OptionsValidator]
internal sealed partial class ZoomConnectorAttributesValidator : IValidateOptions<ZoomConnectorOptions>;
