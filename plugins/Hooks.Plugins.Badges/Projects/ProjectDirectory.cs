using Hooks.Contracts.Events;
using Hooks.Contracts.Plugins;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.Badges.Projects;

/// <summary>The configured projects, each resolved against its gateway source for the API address and token.</summary>
public sealed class ProjectDirectory
{
    public ProjectDirectory(IOptions<BadgesOptions> options, ISourceDirectory sources)
    {
        All = [.. options.Value.Projects.Select(project => Resolve(project, sources))];
    }

    public IReadOnlyList<BadgeProject> All { get; }

    /// <summary>The project a GitLab event happened in: by id or path, from the configured source (or any GitLab source).</summary>
    public BadgeProject? ForEvent(HookEvent hookEvent) => hookEvent is { Forge: Forge.GitLab, Repository: { } repository }
        ? All.FirstOrDefault(project =>
            (project.Source is null || string.Equals(project.Source, hookEvent.Source, StringComparison.OrdinalIgnoreCase))
            && (string.Equals(project.Key, repository.FullName, StringComparison.OrdinalIgnoreCase) || project.Key == repository.Id))
        : null;

    /// <summary>The project a URL names: its configured key, escaped or not.</summary>
    public BadgeProject? Find(string slug)
    {
        string key = Uri.UnescapeDataString(slug);
        return All.FirstOrDefault(project => string.Equals(project.Key, key, StringComparison.OrdinalIgnoreCase));
    }

    private static BadgeProject Resolve(ProjectOptions options, ISourceDirectory sources)
    {
        string key = options.Project.Trim().Trim('/');
        string? problem = null;
        var source = options.Source is { Length: > 0 } name ? sources.Find(name) : null;
        if (key.Length == 0)
        {
            problem = "Project is empty: give the project's path (group/project) or numeric id";
        }
        else if (options.Source is { Length: > 0 } && source is null)
        {
            problem = $"Source '{options.Source}' is not a configured source (Hooks:Sources)";
        }
        else if (source is not null && source.Forge != Forge.GitLab)
        {
            problem = $"Source '{options.Source}' is a {source.Forge} source, not GitLab";
        }

        // Address and token come from one place: a source's token stays in the gateway and goes to its own BaseUrl only.
        var fallback = source ?? (options.Source is { Length: > 0 } ? null : sources.All.FirstOrDefault(s => s.Forge == Forge.GitLab && s.BaseUrl is not null));
        string? token = options.Token is { Length: > 0 } ? options.Token : null;
        var address = options.ApiUrl ?? fallback?.BaseUrl;
        bool sourcesOwnAddress = options.ApiUrl is null || (source?.BaseUrl is { } own && ApiRoot(own) == ApiRoot(options.ApiUrl));
        string? apiSource = token is null && sourcesOwnAddress && fallback is { HasToken: true } ? fallback.Name : null;
        if (problem is null && address is null)
        {
            problem = "no GitLab address: set ApiUrl, or BaseUrl on its source";
        }
        else if (problem is null && token is null && apiSource is null)
        {
            problem = "no API token: set Token, or Token on its source";
        }

        return new BadgeProject(
            key,
            options.Source is { Length: > 0 } ? options.Source : null,
            apiSource,
            apiSource is not null || address is null ? null : ApiRoot(address),
            token,
            options.Labels,
            problem);
    }

    private static Uri ApiRoot(Uri address)
    {
        string root = address.AbsoluteUri.TrimEnd('/');
        return new Uri(root.EndsWith("/api/v4", StringComparison.OrdinalIgnoreCase) ? root + "/" : root + "/api/v4/");
    }
}
