using System.Text.RegularExpressions;
using Hooks.Plugins.Ci.Triggers;

namespace Hooks.Plugins.Ci.Configuration;

/// <summary>Ocelot's checks, in its order and with its words, before anything runs; then the extensions' own checks.</summary>
public static partial class OcelotValidator
{
    public const string NoImage = "uh-oh, there is no image AND no machineTag listed inside of your ocelot yaml file... one of these is required";
    public const string BothImageAndTag = "you cannot have both image and machineTag. they are mutually exclusive";
    public const string NoBuildTool = "BuildTool must be specified";
    public const string NoStages = "there must be at least one stage listed";

    /// <summary>Null when the configuration may run, else why not.</summary>
    public static string? Validate(OcelotConfig config)
    {
        bool image = config.Image is { Length: > 0 };
        bool tag = config.MachineTag is { Length: > 0 };
        if (!image && !tag)
        {
            return NoImage;
        }

        if (image && tag)
        {
            return BothImageAndTag;
        }

        if (config.BuildTool is not { Length: > 0 })
        {
            return NoBuildTool;
        }

        if (config.Stages.Count == 0)
        {
            return NoStages;
        }

        foreach (var stage in config.Stages)
        {
            if (stage.Script.Count == 0 || stage.Script.All(string.IsNullOrWhiteSpace))
            {
                return $"Script for stage {stage.Name} should not be empty";
            }
        }

        foreach (string entry in config.Stages.SelectMany(s => s.Triggers ?? []))
        {
            try
            {
                TriggerDirective.Parse(entry);
            }
            catch (TriggerSyntaxException error)
            {
                return $"'triggers' conditions must follow spec, this one did not: {entry}: {error.Message}";
            }
        }

        if (tag && !TagPattern().IsMatch(config.MachineTag!))
        {
            return $"machineTag must be lower case letters, digits, '-' or '_' (it names the queue ci-<machineTag>): '{config.MachineTag}'";
        }

        return Extensions(config);
    }

    private static string? Extensions(OcelotConfig config)
    {
        foreach (string entry in config.Env.Concat(config.Stages.SelectMany(s => s.Env)))
        {
            if (entry.IndexOf('=', StringComparison.Ordinal) <= 0)
            {
                return $"env entries are KEY=VALUE, not '{entry}'";
            }
        }

        foreach (var subscription in config.Subscriptions)
        {
            if (!AliasPattern().IsMatch(subscription.Alias))
            {
                return $"subscription alias must match ^[a-zA-Z_]+$: '{subscription.Alias}'";
            }

            if (subscription.AcctRepo.Split('/') is not [{ Length: > 0 }, { Length: > 0 }])
            {
                return $"subscription acctRepo must be account/repo: '{subscription.AcctRepo}'";
            }
        }

        return null;
    }

    [GeneratedRegex("^[a-z0-9_-]{1,50}$")]
    private static partial Regex TagPattern();

    [GeneratedRegex("^[a-zA-Z_]+$")]
    private static partial Regex AliasPattern();
}
