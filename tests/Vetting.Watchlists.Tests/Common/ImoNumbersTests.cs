using Vetting.Watchlists.Common;

namespace Vetting.Watchlists.Tests.Common;

public sealed class ImoNumbersTests
{
    [Theory]
    [InlineData("IMO9562233", "9562233")]
    [InlineData("IMO 9562233", "9562233")]
    [InlineData(" 9562233 ", "9562233")]
    [InlineData("IMO 95622", "IMO 95622")]
    public void Normalise_ImoNumber_KeepsTheSevenDigits(string raw, string expected) => Assert.Equal(expected, ImoNumbers.Normalise(raw));
}
