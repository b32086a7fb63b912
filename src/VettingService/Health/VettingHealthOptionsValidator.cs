using Microsoft.Extensions.Options;

namespace Vetting.Service.Health;

[OptionsValidator]
internal sealed partial class VettingHealthOptionsValidator : IValidateOptions<VettingHealthOptions>
{
}
