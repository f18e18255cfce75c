using System.Security.Cryptography;
using Hooks.Plugins.BuildControl.Configuration;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.BuildControl.Releases;

/// <summary>
/// Puts packages into repository folders under <c>ReleaseRoot</c> and takes them out: downloaded from the artifact's
/// href (a relative one resolved against <c>ArtifactBaseUrl</c>), checked against its sha256, written beside and moved
/// into place, so a folder never holds half a package and a resumed release copies again what a crash interrupted.
/// </summary>
public sealed class ReleaseFiles(IHttpClientFactory clients, IOptions<BuildControlOptions> options)
{
    public string Root => options.Value.ReleaseRoot is { Length: > 0 } root
        ? Path.GetFullPath(root)
        : throw new InvalidOperationException("Hooks:Plugins:build-control:ReleaseRoot is not set: a release has nowhere to go");

    public string Folder(string repository) =>
        repository.Length > 0 && repository.IndexOfAny(['/', '\\']) < 0 && repository is not ("." or "..")
            ? Path.Combine(Root, repository)
            : throw new InvalidOperationException($"'{repository}' cannot be a folder name");

    public async Task CopyAsync(PlannedCopy copy, CancellationToken cancellationToken)
    {
        string folder = Folder(copy.Repository);
        string target = Path.Combine(folder, SafeName(copy.FileName));
        Directory.CreateDirectory(folder);
        if (File.Exists(target) && copy.Sha256 is { } known && string.Equals(await Sha256Async(target, cancellationToken), known, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        using var client = clients.CreateClient(BuildControlPlugin.Id);
        using var response = await client.GetAsync(Resolve(copy.Href), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{copy.FileName}: downloading {Resolve(copy.Href)} answered {(int)response.StatusCode}");
        }

        string partial = target + ".part";
        await using (var file = File.Create(partial))
        {
            await response.Content.CopyToAsync(file, cancellationToken);
        }

        string sha256 = await Sha256Async(partial, cancellationToken);
        if (copy.Sha256 is { } expected && !string.Equals(sha256, expected, StringComparison.OrdinalIgnoreCase))
        {
            File.Delete(partial);
            throw new InvalidOperationException($"{copy.FileName}: the download's sha256 is {sha256}, not {expected}");
        }

        File.Move(partial, target, overwrite: true);
    }

    public void Remove(PlannedCopy copy) => File.Delete(Path.Combine(Folder(copy.Repository), SafeName(copy.FileName)));

    private Uri Resolve(string href) =>
        Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? absolute
        : options.Value.ArtifactBaseUrl is { Length: > 0 } baseUrl ? new Uri(new Uri(baseUrl), href)
        : throw new InvalidOperationException($"'{href}' is relative and Hooks:Plugins:build-control:ArtifactBaseUrl is not set");

    private static string SafeName(string name) =>
        Path.GetFileName(name) == name && name is not ("." or "..") ? name : throw new InvalidOperationException($"'{name}' cannot be a file name");

    private static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
    }
}
