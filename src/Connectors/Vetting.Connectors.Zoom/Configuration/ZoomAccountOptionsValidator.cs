using Microsoft.Extensions.Options;

namespace Vetting.Connectors.Zoom.Configuration;

/// <summary>Source-generated DataAnnotations check of one account.</summary>
[OptionsValidator]
internal sealed partial class ZoomAccountOptionsValidator : IValidateOptions<ZoomAccountOptions>;
