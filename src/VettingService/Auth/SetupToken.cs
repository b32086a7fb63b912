using System.Security.Cryptography;
using System.Text;

namespace Vetting.Service.Auth;

/// <summary>
/// The one-time token that lets the first administrator choose a password. It is written to a file only the service's
/// user can read (never logged), is valid until an administrator exists, and is deleted when used.
/// </summary>
internal sealed class SetupToken(LocalAccountStore accounts)
{
    public string FilePath => Path.Combine(accounts.Directory, "setup-token.txt");

    /// <summary>Writes a token unless one is already waiting; returns the file.</summary>
    public string EnsureIssued()
    {
        Directory.CreateDirectory(accounts.Directory);
        if (File.Exists(FilePath) && File.ReadAllText(FilePath).Trim().Length >= 20)
        {
            return FilePath;
        }

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var temp = FilePath + ".tmp";
        File.WriteAllText(temp, token + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temp, FilePath, overwrite: true);
        return FilePath;
    }

    /// <summary>True when no administrator exists yet and <paramref name="token"/> is the issued one.</summary>
    public bool Verify(string? token)
    {
        if (accounts.HasAdmin() || string.IsNullOrWhiteSpace(token) || !File.Exists(FilePath))
        {
            return false;
        }

        var expected = Encoding.UTF8.GetBytes(File.ReadAllText(FilePath).Trim());
        var given = Encoding.UTF8.GetBytes(token.Trim());
        return expected.Length >= 20 && CryptographicOperations.FixedTimeEquals(expected, given);
    }

    public void Consume() => File.Delete(FilePath);
}
