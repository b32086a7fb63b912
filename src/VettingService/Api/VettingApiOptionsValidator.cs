using Microsoft.Extensions.Options;

namespace Vetting.Service.Api;

[OptionsValidator]
internal sealed partial class VettingApiOptionsValidator : IValidateOptions<VettingApiOptions>
{
}
