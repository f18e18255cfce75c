using Hooks.Plugins.PackageBuilds.Configuration;
using Hooks.Plugins.PackageBuilds.Storage;

namespace Hooks.Plugins.PackageBuilds.Building;

/// <summary>What a build's scripts find in their environment, and the placeholders their lines may use.</summary>
public static class BuildEnvironment
{
    public static Dictionary<string, string?> Variables(BuildRecord build, string commit, BuildConfig config)
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["HOOKS_REPOSITORY"] = build.Repository,
            ["HOOKS_REF"] = build.Ref,
            ["HOOKS_BRANCH"] = build.Branch,
            ["HOOKS_COMMIT"] = commit,
            ["HOOKS_PUSHER_NAME"] = build.PusherName ?? "",
            ["HOOKS_PUSHER_EMAIL"] = build.PusherEmail ?? "",
            ["HOOKS_BUILD_ID"] = build.Id.ToString("D"),
        };
        if (config.TempRoot is { } temp)
        {
            variables["TMP"] = temp;
            variables["TMPDIR"] = temp;
            variables["TEMP"] = temp;
        }

        return variables;
    }

    public static Dictionary<string, string> Placeholders(BuildRecord build, string commit) => new(StringComparer.Ordinal)
    {
        ["repository"] = build.Repository,
        ["ref"] = build.Ref,
        ["branch"] = build.Branch ?? "",
        ["commit_id"] = commit,
        ["committer_name"] = build.PusherName ?? "",
        ["committer_email"] = build.PusherEmail ?? "",
        ["build_id"] = build.Id.ToString("D"),
    };
}
