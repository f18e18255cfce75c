namespace Hooks.Gateway.Forges;

/// <summary>A file path in a repository, each segment escaped but the slashes kept, as forges want it in a URL path.</summary>
public static class FilePath
{
    public static string Escape(string path) => string.Join('/', path.Trim('/').Split('/').Select(Uri.EscapeDataString));
}
