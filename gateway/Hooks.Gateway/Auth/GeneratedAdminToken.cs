using System.Security.Cryptography;
using Hooks.Gateway.Storage;

namespace Hooks.Gateway.Auth;

/// <summary>
/// The embedded gateway without <c>Hooks:AdminToken</c> makes one on first start and keeps it in
/// <c>&lt;data&gt;/admin-token</c> (readable by its owner only), so the admin pages are closed yet reachable by whoever
/// can read that file. A configured token always wins; a gateway on PostgreSQL (several instances) makes none.
/// </summary>
public static class GeneratedAdminToken
{
    public const string FileName = "admin-token";

    /// <summary>The token file's path when one is used, else null.</summary>
    public static string? Apply(ConfigurationManager configuration, StorageSettings storage)
    {
        if (!string.IsNullOrWhiteSpace(configuration["Hooks:AdminToken"]) || storage.IsPostgres)
        {
            return null;
        }

        string path = Path.Combine(storage.DataDirectory, FileName);
        if (!File.Exists(path))
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var file = new FileStream(path, options);
            using var writer = new StreamWriter(file);
            writer.Write(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)));
        }

        configuration["Hooks:AdminToken"] = File.ReadAllText(path).Trim();
        return path;
    }
}
