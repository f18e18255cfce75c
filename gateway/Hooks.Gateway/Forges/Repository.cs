using Hooks.Contracts.Forges;

namespace Hooks.Gateway.Forges;

/// <summary>A repository's two-part name (<c>owner/repo</c>, <c>workspace/repo</c>, <c>PROJECT/repo</c>), each part escaped for a path.</summary>
public readonly record struct Repository(string Owner, string Name)
{
    public static Repository Parse(string repository)
    {
        string[] parts = repository.Trim('/').Split('/');
        return parts is [{ Length: > 0 } owner, { Length: > 0 } name]
            ? new Repository(Uri.EscapeDataString(owner), Uri.EscapeDataString(name))
            : throw new ForgeApiException($"'{repository}' is not a repository name of the form owner/name");
    }

    public override string ToString() => $"{Owner}/{Name}";
}
