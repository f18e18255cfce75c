using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Storage;

namespace Hooks.Plugins.BuildControl.Builds;

public sealed record BuildPlatformView(int Id, string Type, string Name, IReadOnlyList<string> ArchList)
{
    public static BuildPlatformView Of(PlatformRecord platform) => new(platform.Id, platform.Type, platform.Name, Json.ArrayOf<string>(platform.ArchList));
}
