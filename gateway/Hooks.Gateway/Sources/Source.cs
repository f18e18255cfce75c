using Hooks.Contracts.Events;

namespace Hooks.Gateway.Sources;

/// <summary>A configured source, validated: its name is the one in <c>/hooks/{name}</c>.</summary>
public sealed record Source(
    string Name,
    Forge Forge,
    string? Secret,
    string? SigningToken,
    bool AllowUnsigned,
    Uri? BaseUrl,
    string? Token)
{
    /// <summary>The most API requests a second to this source (<c>ApiRate</c>); 0: no limit.</summary>
    public double ApiRate { get; init; }

    /// <summary>Prints the secrets as <c>***</c>: a source may end up in a log line or an exception message.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Name = {Name}, Forge = {Forge}, Secret = {Hidden(Secret)}, SigningToken = {Hidden(SigningToken)}, ");
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"AllowUnsigned = {AllowUnsigned}, BaseUrl = {BaseUrl}, ApiRate = {ApiRate}, Token = {Hidden(Token)}");
        return true;
    }

    private static string Hidden(string? secret) => secret is null ? "null" : "***";
}
