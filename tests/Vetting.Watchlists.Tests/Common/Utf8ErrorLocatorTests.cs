using System.Text;
using Vetting.Testing;
using Vetting.Watchlists.Common;

namespace Vetting.Watchlists.Tests.Common;

public sealed class Utf8ErrorLocatorTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Find_ValidFileWithMultiByteCharactersAcrossChunks_ReturnsNull()
    {
        // 4-byte and 2-byte characters repeated past the 64 KB chunk size, so some straddle a chunk boundary.
        var path = WriteBytes(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("𝔄б\n", 30_000))));

        Assert.Null(Utf8ErrorLocator.Find(path));
    }

    [Fact]
    public void Find_BadByteAfterFirstChunk_ReturnsItsLineAndColumn()
    {
        var text = string.Concat(Enumerable.Repeat("Пётр\n", 20_000)) + "abc";
        byte[] bytes = [.. Encoding.UTF8.GetBytes(text), 0xFF, .. "def\n"u8];

        Assert.Equal((20_001L, 4L), Utf8ErrorLocator.Find(WriteBytes(bytes)));
    }

    [Fact]
    public void Find_TruncatedSequenceAtEnd_IsInvalid()
    {
        byte[] bytes = [.. "ok\n"u8, 0xD0];

        Assert.Equal((2L, 1L), Utf8ErrorLocator.Find(WriteBytes(bytes)));
    }

    public void Dispose() => _temp.Dispose();

    private string WriteBytes(byte[] bytes)
    {
        var path = _temp.File(Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
