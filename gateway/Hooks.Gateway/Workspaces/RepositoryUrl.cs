using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Hooks.Gateway.Workspaces;

/// <summary>
/// A clone URL as given (https, ssh, scp-like <c>user@host:path</c>, file, or a local path), refused when it carries a
/// password, with the key of its mirror: a hash of the URL normalised (scheme and host in lower case, no user, no
/// default port, no trailing <c>/</c> or <c>.git</c>), so spellings of one repository share a mirror.
/// </summary>
public sealed partial record RepositoryUrl
{
    private RepositoryUrl(string url, string scheme, string host, string normalised, string name)
    {
        Url = url;
        Scheme = scheme;
        Host = host;
        Normalised = normalised;
        Name = name;
    }

    /// <summary>The URL as given: it never holds a secret, so it may be shown, logged and passed to git.</summary>
    public string Url { get; }

    /// <summary><c>https</c>, <c>http</c>, <c>ssh</c>, <c>git</c> or <c>file</c>.</summary>
    public string Scheme { get; }

    /// <summary>The host in lower case (with a non-default port); empty for files.</summary>
    public string Host { get; }

    public string Normalised { get; }

    /// <summary>The repository's last path segment, for readable directory names.</summary>
    public string Name { get; }

    /// <summary>The mirror's directory name: the repository's name and 20 hex digits of the normalised URL's SHA-256.</summary>
    public string MirrorKey => $"{Name}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalised)))[..20]}";

    public static RepositoryUrl Parse(string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        url = url.Trim();
        if (ScpLike().Match(url) is { Success: true } scp)
        {
            return Create(url, "ssh", scp.Groups["host"].Value.ToLowerInvariant(), scp.Groups["path"].Value);
        }

        if (url.StartsWith('/'))
        {
            return Create(url, "file", "", url);
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http" or "ssh" or "git" or "file"))
        {
            throw new ArgumentException("a clone URL must be https, http, ssh, git, file, user@host:path or an absolute path", nameof(url));
        }

        if (uri.UserInfo.Contains(':', StringComparison.Ordinal))
        {
            // The URL is not repeated: it holds the secret.
            throw new ArgumentException("the clone URL carries a password; pass it as GitCredentials instead", nameof(url));
        }

        string host = uri.IsFile ? "" : uri.IsDefaultPort ? uri.Host.ToLowerInvariant() : $"{uri.Host.ToLowerInvariant()}:{uri.Port}";
        return Create(url, uri.Scheme, host, Uri.UnescapeDataString(uri.AbsolutePath));
    }

    /// <summary>Whether credentials given for this repository may be sent to <paramref name="other"/>: same scheme and host.</summary>
    public bool SameServerAs(RepositoryUrl other) => Scheme == other.Scheme && Host == other.Host;

    public override string ToString() => Url;

    private static RepositoryUrl Create(string url, string scheme, string host, string path)
    {
        string trimmed = path.TrimEnd('/');
        if (trimmed.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[..^4];
        }

        string name = SafeName().Replace(trimmed[(trimmed.LastIndexOf('/') + 1)..], "_");
        return new RepositoryUrl(url, scheme, host, $"{scheme}://{host}/{trimmed.TrimStart('/')}", name.Length == 0 ? "repo" : name);
    }

    [GeneratedRegex("^(?:[^@/:]+@)?(?<host>[^/:]+):(?<path>(?!//).+)$")]
    private static partial Regex ScpLike();

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex SafeName();
}
