using System.Globalization;
using Hooks.Plugins.Ci.Configuration;
using Hooks.Plugins.Ci.Storage;

namespace Hooks.Plugins.Ci.Building;

/// <summary>
/// A stage's variables, later entries winning: <c>GIT_HASH</c>, <c>GIT_HASH_SHORT</c>, <c>GIT_BRANCH</c>, <c>BUILD_ID</c>,
/// <c>GIT_PREVIOUS_SUCCESSFUL_COMMIT</c>, <c>WORKSPACE</c>, an upstream build's <c>&lt;ALIAS&gt;_*</c>, the file's
/// <c>env</c>, then the stage's <c>env</c>.
/// </summary>
public static class BuildVariables
{
    public static Dictionary<string, string> For(
        CiBuild build, string workspace, string? previousSuccessful, CiBuild? upstream, OcelotConfig config, StageConfig stage)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["GIT_HASH"] = build.Hash,
            ["GIT_HASH_SHORT"] = Short(build.Hash),
            ["GIT_BRANCH"] = build.Branch,
            ["BUILD_ID"] = build.Id.ToString(CultureInfo.InvariantCulture),
            ["GIT_PREVIOUS_SUCCESSFUL_COMMIT"] = previousSuccessful ?? "",
            ["WORKSPACE"] = workspace,
        };
        if (upstream is not null && build.UpstreamAlias is { Length: > 0 } alias)
        {
            string prefix = alias.ToUpperInvariant() + "_";
            variables[prefix + "GIT_HASH"] = upstream.Hash;
            variables[prefix + "GIT_HASH_SHORT"] = Short(upstream.Hash);
            variables[prefix + "BUILD_ID"] = upstream.Id.ToString(CultureInfo.InvariantCulture);
            variables[prefix + "GIT_BRANCH"] = upstream.Branch;
        }

        foreach (string entry in config.Env.Concat(stage.Env))
        {
            int equals = entry.IndexOf('=', StringComparison.Ordinal);
            variables[entry[..equals]] = entry[(equals + 1)..];
        }

        return variables;
    }

    private static string Short(string hash) => hash.Length > 7 ? hash[..7] : hash;
}
