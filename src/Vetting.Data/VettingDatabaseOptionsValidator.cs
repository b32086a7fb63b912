using Microsoft.Extensions.Options;

namespace Vetting.Data;

[OptionsValidator]
internal sealed partial class VettingDatabaseOptionsValidator : IValidateOptions<VettingDatabaseOptions>
{
}
