using System.Text.Json.Nodes;

namespace Hooks.Plugins.BuildControl.Nodes;

public sealed record TaskPlatform(string Name, string Type, JsonObject Data);
