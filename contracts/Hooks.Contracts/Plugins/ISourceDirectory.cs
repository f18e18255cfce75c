using Hooks.Contracts.Events;

namespace Hooks.Contracts.Plugins;

/// <summary>The configured sources, for plugins that call a forge's API back.</summary>
public interface ISourceDirectory
{
    /// <summary>The source called <paramref name="name"/>, or null when there is none.</summary>
    SourceInfo? Find(string name);

    /// <summary>Every configured source.</summary>
    IReadOnlyList<SourceInfo> All { get; }
}

/// <summary>A configured source, without its webhook secrets or API token: plugins call the forge through
/// <see cref="Forges.IForgeClients"/>, which keeps the token inside the gateway.</summary>
/// <param name="Name">The source's name, as in <c>/hooks/{name}</c>.</param>
/// <param name="Forge">Its forge dialect.</param>
/// <param name="BaseUrl">The forge's base URL for API calls, where configured.</param>
/// <param name="HasToken">Whether an API token is configured.</param>
public sealed record SourceInfo(string Name, Forge Forge, Uri? BaseUrl, bool HasToken);
