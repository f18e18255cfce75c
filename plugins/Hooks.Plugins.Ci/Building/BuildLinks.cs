using Microsoft.Extensions.Configuration;

namespace Hooks.Plugins.Ci.Building;

/// <summary>Addresses of a build's page, as people reach the gateway (<c>Hooks:PublicUrl</c>).</summary>
public sealed class BuildLinks(IConfiguration configuration)
{
    public Uri Build(long id) =>
        new(new Uri(configuration["Hooks:PublicUrl"] is { Length: > 0 } url ? url.TrimEnd('/') + "/" : "http://localhost:8080/"), $"plugins/{CiPlugin.Id}/builds/{id}");
}
