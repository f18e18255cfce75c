using Hooks.Contracts.Platform;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hooks.Plugins.Ci.Configuration;

/// <summary>
/// Reads <c>ocelot.yml</c> as Ocelot did: keys are case-sensitive and unknown keys are ignored (here listed as warnings);
/// <c>env</c> must be a list of <c>KEY=VALUE</c>; <c>notify.slack.on</c> takes <c>PASS</c> and <c>FAIL</c> in any case.
/// Unlike Ocelot, a file that does not parse is an error with its line, never a silent nothing.
/// </summary>
public static class OcelotYaml
{
    public const string FileName = "ocelot.yml";

    private static readonly string[] TopKeys = ["image", "machineTag", "buildTool", "packages", "branches", "env", "stages", "notify", "subscriptions"];
    private static readonly string[] StageKeys = ["name", "script", "env", "trigger", "triggers", "timeout"];

    /// <exception cref="OcelotYamlException">Not YAML, or a value of the wrong shape.</exception>
    public static OcelotConfig Parse(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException error)
        {
            throw new OcelotYamlException($"{FileName} is not valid YAML (line {error.Start.Line}, column {error.Start.Column}): {error.Message}", error);
        }
        catch (InvalidOperationException error)
        {
            // YamlDotNet's scanner fails this way at the end of a file inside an unclosed flow collection.
            throw new OcelotYamlException($"{FileName} is not valid YAML: it ends inside an unclosed [ or {{", error);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new OcelotConfig();
        }

        var root = Map(stream.Documents[0].RootNode, "the file");
        var warnings = new List<string>();
        Unknown(root, TopKeys, "", warnings);
        return new OcelotConfig
        {
            Image = Scalar(root, "image"),
            MachineTag = Scalar(root, "machineTag"),
            BuildTool = Scalar(root, "buildTool"),
            Branches = List(root, "branches") ?? [],
            Env = List(root, "env") ?? [],
            Stages = Stages(root, warnings),
            Slack = Slack(root, warnings),
            Subscriptions = Subscriptions(root),
            Warnings = warnings,
        };
    }

    private static List<StageConfig> Stages(YamlMappingNode root, List<string> warnings)
    {
        if (Child(root, "stages") is not { } node)
        {
            return [];
        }

        var stages = new List<StageConfig>();
        foreach (var item in Sequence(node, "stages").Children)
        {
            var stage = Map(item, "a stage");
            string name = Scalar(stage, "name") ?? "";
            Unknown(stage, StageKeys, $"stage {(name.Length > 0 ? name : stages.Count + 1)}: ", warnings);
            IReadOnlyList<string>? legacy = null;
            if (Child(stage, "trigger") is { } trigger)
            {
                var triggerMap = Map(trigger, "trigger");
                Unknown(triggerMap, ["branches"], $"stage {name} trigger: ", warnings);
                legacy = List(triggerMap, "branches");
            }

            TimeSpan? timeout = null;
            if (Scalar(stage, "timeout") is { } text)
            {
                timeout = DurationText.TryParse(text, out var parsed) && parsed > TimeSpan.Zero
                    ? parsed
                    : throw new OcelotYamlException($"timeout of stage {name} (line {Line(stage, "timeout")}) is not a length of time such as 90, 30s, 15m or 01:00:00: '{text}'");
            }

            stages.Add(new StageConfig(name, List(stage, "script") ?? [], List(stage, "env") ?? [], legacy, List(stage, "triggers"), timeout));
        }

        return stages;
    }

    private static SlackNotify? Slack(YamlMappingNode root, List<string> warnings)
    {
        if (Child(root, "notify") is not { } notifyNode)
        {
            return null;
        }

        var notify = Map(notifyNode, "notify");
        Unknown(notify, ["slack"], "notify: ", warnings);
        if (Child(notify, "slack") is not { } slackNode)
        {
            return null;
        }

        var slack = Map(slackNode, "notify.slack");
        Unknown(slack, ["channel", "identifier", "on"], "notify.slack: ", warnings);
        bool pass = false, fail = false;
        foreach (string on in List(slack, "on") ?? [])
        {
            switch (on.ToUpperInvariant())
            {
                case "PASS":
                    pass = true;
                    break;
                case "FAIL":
                    fail = true;
                    break;
                default:
                    throw new OcelotYamlException($"notify.slack.on (line {Line(slack, "on")}) takes PASS and FAIL, not '{on}'");
            }
        }

        return new SlackNotify(Scalar(slack, "channel"), Scalar(slack, "identifier") ?? "", pass, fail);
    }

    private static List<Subscription> Subscriptions(YamlMappingNode root)
    {
        if (Child(root, "subscriptions") is not { } node)
        {
            return [];
        }

        var subscriptions = new List<Subscription>();
        foreach (var item in Sequence(node, "subscriptions").Children)
        {
            var entry = Map(item, "a subscription");
            var branches = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string pair in List(entry, "branches") ?? [])
            {
                int colon = pair.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0 || colon == pair.Length - 1)
                {
                    throw new OcelotYamlException($"subscription branches are 'upstream:downstream', not '{pair}' (line {item.Start.Line})");
                }

                branches[pair[..colon]] = pair[(colon + 1)..];
            }

            subscriptions.Add(new Subscription(Scalar(entry, "alias") ?? "", Scalar(entry, "acctRepo") ?? "", branches));
        }

        return subscriptions;
    }

    private static void Unknown(YamlMappingNode map, string[] known, string where, List<string> warnings)
    {
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>())
        {
            if (!known.Contains(key.Value, StringComparer.Ordinal))
            {
                warnings.Add($"{where}unknown key '{key.Value}' (line {key.Start.Line}) is ignored");
            }
        }
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is not YamlScalarNode { Value: null or "~" } ? node : null;

    private static long Line(YamlMappingNode map, string key) => Child(map, key)?.Start.Line ?? map.Start.Line;

    private static string? Scalar(YamlMappingNode map, string key) => Child(map, key) switch
    {
        null => null,
        YamlScalarNode scalar => scalar.Value,
        var other => throw new OcelotYamlException($"'{key}' (line {other.Start.Line}) must be a single value"),
    };

    private static List<string>? List(YamlMappingNode map, string key)
    {
        if (Child(map, key) is not { } node)
        {
            return null;
        }

        return [.. Sequence(node, key).Children.Select(item => item is YamlScalarNode scalar
            ? scalar.Value ?? ""
            : throw new OcelotYamlException($"'{key}' (line {item.Start.Line}) must be a list of single values"))];
    }

    private static YamlMappingNode Map(YamlNode node, string what) => node as YamlMappingNode
        ?? throw new OcelotYamlException($"{what} (line {node.Start.Line}) must be a map of keys to values");

    private static YamlSequenceNode Sequence(YamlNode node, string key) => node as YamlSequenceNode
        ?? throw new OcelotYamlException($"'{key}' (line {node.Start.Line}) must be a list");
}
