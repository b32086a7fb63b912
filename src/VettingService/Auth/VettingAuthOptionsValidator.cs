using Microsoft.Extensions.Options;

namespace Vetting.Service.Auth;

[OptionsValidator]
internal sealed partial class VettingAuthOptionsValidator : IValidateOptions<VettingAuthOptions>
{
}
