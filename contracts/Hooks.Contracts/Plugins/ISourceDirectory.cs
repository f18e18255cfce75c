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

/// <summary>A configured source, without its webhook secrets.</summary>
/// <param name="Name">The source's name, as in <c>/hooks/{name}</c>.</param>
/// <param name="Forge">Its forge dialect.</param>
/// <param name="BaseUrl">The forge's base URL for API calls, where configured.</param>
/// <param name="Token">The API token, where configured.</param>
public sealed record SourceInfo(string Name, Forge Forge, Uri? BaseUrl, string? Token)
{
    /// <summary>Prints the token as <c>***</c>, so a source in a log line or a message never shows it.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Name = {Name}, Forge = {Forge}, BaseUrl = {BaseUrl}, Token = {(Token is null ? "null" : "***")}");
        return true;
    }
}
