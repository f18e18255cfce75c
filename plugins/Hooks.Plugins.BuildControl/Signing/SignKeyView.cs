using Hooks.Plugins.BuildControl.Storage;

namespace Hooks.Plugins.BuildControl.Signing;

/// <summary>A sign key as the original shows it, with the platforms (names) it signs for.</summary>
public sealed record SignKeyView(
    int Id,
    string Name,
    string? Description,
    string Keyid,
    string Fingerprint,
    string? PublicUrl,
    DateTimeOffset Inserted,
    bool Active,
    IReadOnlyList<string> Platforms)
{
    public static SignKeyView Of(SignKeyRecord key, IReadOnlyDictionary<int, string> platformNames) => new(
        key.Id,
        key.Name,
        key.Description,
        key.KeyId,
        key.Fingerprint,
        key.PublicUrl,
        key.Inserted,
        key.Active,
        [.. Api.Json.ArrayOf<int>(key.PlatformIds).Select(id => platformNames.TryGetValue(id, out string? name) ? name : id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
}
