using System.Collections.Frozen;
using Hooks.Contracts.Events;
using Hooks.Contracts.Plugins;

namespace Hooks.Gateway.Sources;

/// <summary>The sources of <c>Hooks:Sources</c>, looked up case-insensitively by name.</summary>
public sealed class SourceRegistry : ISourceDirectory
{
    private readonly FrozenDictionary<string, Source> _sources;

    public SourceRegistry(IEnumerable<Source> sources)
    {
        _sources = sources.ToFrozenDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        Sources = [.. _sources.Values.OrderBy(s => s.Name, StringComparer.Ordinal)];
        All = [.. Sources.Select(ToInfo)];
    }

    public IReadOnlyList<SourceInfo> All { get; }

    public Source? Get(string name) => _sources.GetValueOrDefault(name);

    /// <summary>Every configured source, tokens included: for the gateway's own services, never for a plugin.</summary>
    public IReadOnlyList<Source> Sources { get; }

    public SourceInfo? Find(string name) => Get(name) is { } source ? ToInfo(source) : null;

    public static SourceRegistry FromConfiguration(IConfiguration configuration)
    {
        var sources = new List<Source>();
        foreach (var section in configuration.GetSection("Hooks:Sources").GetChildren())
        {
            var options = section.Get<SourceOptions>() ?? new SourceOptions();
            if (!Enum.TryParse<Forge>(options.Forge, ignoreCase: true, out var forge) || !Enum.IsDefined(forge))
            {
                throw new InvalidOperationException(
                    $"Hooks:Sources:{section.Key}:Forge is '{options.Forge}'; expected one of {string.Join(", ", Enum.GetNames<Forge>())}.");
            }

            sources.Add(new Source(
                section.Key,
                forge,
                Blank(options.Secret),
                Blank(options.SigningToken),
                options.AllowUnsigned,
                options.BaseUrl,
                Blank(options.Token)) { ApiRate = options.ApiRate });
        }

        return new SourceRegistry(sources);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static SourceInfo ToInfo(Source source) => new(source.Name, source.Forge, source.BaseUrl, source.Token is not null);
}
