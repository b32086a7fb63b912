using System.Text.Json;
using Microsoft.AspNetCore.Identity;

namespace Vetting.Service.Auth;

/// <summary>
/// Local accounts and API keys in one small JSON file under the data folder. Passwords are hashed with ASP.NET Core
/// Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2-HMAC-SHA512, 100,000 iterations); API keys by SHA-256. The file is
/// replaced atomically and re-read when another process changed it.
/// </summary>
internal sealed partial class LocalAccountStore
{
    private readonly string _file;
    private readonly TimeProvider _time;
    private readonly PasswordHasher<LocalUser> _hasher = new();
    private readonly Lock _gate = new();
    private LocalAccountsDocument _document = LocalAccountsDocument.Empty;
    private DateTime _loadedStamp = DateTime.MinValue;

    public LocalAccountStore(string directory, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
        _file = Path.Combine(Directory, "accounts.json");
        _time = time;
    }

    /// <summary>The folder holding the accounts file and the first-run token.</summary>
    public string Directory { get; }

    public bool HasAdmin() => Read().Users.Any(u => u.Role == VettingRoles.Admin);

    public IReadOnlyList<LocalUser> ListUsers() => Read().Users.OrderBy(u => u.UserName, StringComparer.Ordinal).ToList();

    public LocalUser? FindUser(string userName) =>
        Read().Users.FirstOrDefault(u => string.Equals(u.UserName, userName, StringComparison.OrdinalIgnoreCase));

    /// <summary>Creates a user. Throws <see cref="AccountRuleException"/> for a taken or malformed name, or a weak password.</summary>
    public LocalUser CreateUser(string userName, string role, string password, int minPasswordLength, string createdBy)
    {
        var name = AccountNames.RequireUserName(userName);
        var canonicalRole = AccountNames.RequireRole(role);
        RequirePassword(password, minPasswordLength);
        return Update(document =>
        {
            if (document.Users.Any(u => string.Equals(u.UserName, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new AccountRuleException($"the user name '{name}' is taken");
            }

            var user = new LocalUser(name, canonicalRole, "", _time.GetUtcNow(), createdBy);
            user = user with { PasswordHash = _hasher.HashPassword(user, password) };
            return (document with { Users = [.. document.Users, user] }, user);
        });
    }

    /// <summary>The user when the password is right; rehashes it when the hasher's parameters have moved on.</summary>
    public LocalUser? VerifyPassword(string userName, string password)
    {
        var user = FindUser(userName);
        if (user is null)
        {
            // Same work as for a real user, so the answer time does not tell which names exist.
            _hasher.VerifyHashedPassword(new LocalUser("", "", "", default, ""), DummyHash, password);
            return null;
        }

        var result = _hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            Update(document => (document with { Users = document.Users.Select(u => u.UserName == user.UserName ? u with { PasswordHash = _hasher.HashPassword(u, password) } : u).ToList() }, 0));
        }

        return user;
    }

    public void SetPassword(string userName, string password, int minPasswordLength)
    {
        RequirePassword(password, minPasswordLength);
        Update(document =>
        {
            var user = document.Users.FirstOrDefault(u => string.Equals(u.UserName, userName, StringComparison.OrdinalIgnoreCase))
                       ?? throw new AccountRuleException("no such user");
            var changed = user with { PasswordHash = _hasher.HashPassword(user, password) };
            return (document with { Users = document.Users.Select(u => u == user ? changed : u).ToList() }, 0);
        });
    }

    /// <summary>Removes a user; the last admin cannot be removed.</summary>
    public void DeleteUser(string userName) => Update(document =>
    {
        var user = document.Users.FirstOrDefault(u => string.Equals(u.UserName, userName, StringComparison.OrdinalIgnoreCase))
                   ?? throw new AccountRuleException("no such user");
        if (user.Role == VettingRoles.Admin && document.Users.Count(u => u.Role == VettingRoles.Admin) == 1)
        {
            throw new AccountRuleException("the last admin cannot be removed");
        }

        return (document with { Users = document.Users.Where(u => u != user).ToList() }, 0);
    });

    private static string DummyHash { get; } = new PasswordHasher<LocalUser>().HashPassword(new LocalUser("", "", "", default, ""), Guid.NewGuid().ToString());

    private static void RequirePassword(string? password, int minLength)
    {
        if (password is null || password.Length < minLength || password.Length > 256)
        {
            throw new AccountRuleException($"a password has {minLength} to 256 characters");
        }

        if (password.Distinct().Count() < 5)
        {
            throw new AccountRuleException("the password repeats too few different characters");
        }
    }

    private LocalAccountsDocument Read()
    {
        lock (_gate)
        {
            var stamp = File.Exists(_file) ? File.GetLastWriteTimeUtc(_file) : DateTime.MinValue;
            if (stamp != _loadedStamp)
            {
                _document = stamp == DateTime.MinValue
                    ? LocalAccountsDocument.Empty
                    : JsonSerializer.Deserialize(File.ReadAllText(_file), AuthJsonContext.Default.LocalAccountsDocument) ?? LocalAccountsDocument.Empty;
                _loadedStamp = stamp;
            }

            return _document;
        }
    }

    private T Update<T>(Func<LocalAccountsDocument, (LocalAccountsDocument Document, T Result)> change)
    {
        lock (_gate)
        {
            System.IO.Directory.CreateDirectory(Directory);
            using var fileLock = new FileStream(_file + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            _loadedStamp = DateTime.MinValue;
            var (document, result) = change(Read());
            var temp = _file + ".tmp";
            File.WriteAllText(temp, JsonSerializer.Serialize(document, AuthJsonContext.Default.LocalAccountsDocument));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            File.Move(temp, _file, overwrite: true);
            _document = document;
            _loadedStamp = File.GetLastWriteTimeUtc(_file);
            return result;
        }
    }
}
