using System.Globalization;
using Hooks.Contracts.Platform;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hooks.Plugins.PackageBuilds.Configuration;

/// <summary>
/// Reads the YAML configuration (amp_ci's <c>amp.yaml</c> and what this plugin adds), node by node so that every
/// error names its line. <c>host</c>, <c>port</c> and <c>workdir</c> are accepted and ignored.
/// </summary>
public sealed class BuildConfigReader
{
    private static readonly string[] Ignored = ["host", "port", "workdir"];
    private readonly List<string> _warnings = [];
    private readonly string _file;

    private BuildConfigReader(string file) => _file = file;

    public static BuildConfig Read(string file)
    {
        if (!System.IO.File.Exists(file))
        {
            throw new BuildConfigException($"{file}: the configuration file does not exist (Hooks:Plugins:package-builds:ConfigFile)");
        }

        return Parse(file, System.IO.File.ReadAllText(file));
    }

    public static BuildConfig Parse(string file, string yaml) => new BuildConfigReader(file).ParseRoot(yaml);

    private BuildConfig ParseRoot(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException error)
        {
            throw BuildConfigException.At(_file, error.Start.Line, $"not valid YAML: {error.Message}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw BuildConfigException.At(_file, 1, "the file must be a mapping of settings (bootstrap, baseurl, repos, scripts, ...)");
        }

        var keys = root.Children.ToDictionary(pair => Scalar(pair.Key, "a setting's name"), pair => pair.Value, StringComparer.Ordinal);
        foreach (var (key, value) in keys.Where(pair => !Known.Contains(pair.Key)))
        {
            _warnings.Add($"{_file}:{value.Start.Line}: '{key}' is not a setting; ignored");
        }

        string? baseUrl = keys.TryGetValue("baseurl", out var baseNode) ? Scalar(baseNode, "baseurl") : null;
        var bootstrap = BootstrapOf(keys.GetValueOrDefault("bootstrap"), baseUrl, root);
        var repositories = RepositoriesOf(Required(keys, "repos", root), baseUrl);
        var scripts = ScriptsOf(Required(keys, "scripts", root), repositories);
        var workers = keys.TryGetValue("workers", out var workersNode) ? Count(workersNode, "workers") : 1;
        return new BuildConfig
        {
            File = _file,
            Bootstrap = bootstrap,
            Repositories = repositories,
            Scripts = scripts,
            Workers = workers,
            TempRoot = keys.TryGetValue("temproot", out var temp) ? Scalar(temp, "temproot") : null,
            KeepFailedFor = keys.TryGetValue("keepFailedFor", out var keep) ? DurationOf(keep, "keepFailedFor") : TimeSpan.FromDays(1),
            Timeout = keys.TryGetValue("timeout", out var timeout) ? DurationOf(timeout, "timeout") : TimeSpan.FromHours(2),
            Source = keys.TryGetValue("source", out var source) ? Scalar(source, "source") : null,
            Notify = keys.TryGetValue("notify", out var notify) ? NotifyOf(notify) : NotifyConfig.None,
            Warnings = _warnings,
        };
    }

    private static readonly HashSet<string> Known = new(
        [.. Ignored, "workers", "baseurl", "bootstrap", "scripts", "temproot", "repos", "keepFailedFor", "timeout", "source", "notify"],
        StringComparer.Ordinal);

    private RepositoryConfig BootstrapOf(YamlNode? node, string? baseUrl, YamlNode root) => node switch
    {
        null => Repository("amp_bootstrap", null, [], baseUrl, root),
        YamlMappingNode map => RepositoryOf(map, baseUrl),
        _ => Repository(Scalar(node, "bootstrap"), null, [], baseUrl, node),
    };

    private List<RepositoryConfig> RepositoriesOf(YamlNode node, string? baseUrl)
    {
        if (node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            throw At(node, "repos must be a list of repository names or {name, url, branches}");
        }

        var repositories = list.Children
            .Select(entry => entry is YamlMappingNode map ? RepositoryOf(map, baseUrl) : Repository(Scalar(entry, "a repository's name"), null, [], baseUrl, entry))
            .ToList();
        if (repositories.GroupBy(r => r.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw At(node, $"repos names '{twice.Key}' twice");
        }

        return repositories;
    }

    private RepositoryConfig RepositoryOf(YamlMappingNode map, string? baseUrl)
    {
        var fields = Fields(map, "name", "url", "branches");
        string name = Scalar(fields.GetValueOrDefault("name") ?? throw At(map, "a repository needs a name"), "name");
        string? url = fields.TryGetValue("url", out var urlNode) ? Scalar(urlNode, "url") : null;
        var branches = fields.TryGetValue("branches", out var branchNode) ? Strings(branchNode, "branches") : [];
        return Repository(name, url, branches, baseUrl, map);
    }

    private RepositoryConfig Repository(string name, string? url, IReadOnlyList<string> branches, string? baseUrl, YamlNode node)
    {
        if (name.Length == 0 || name.Contains('/', StringComparison.Ordinal) && url is null)
        {
            throw At(node, $"'{name}' is not a repository name (give a url for a repository elsewhere)");
        }

        string cloneUrl = url ?? (baseUrl is null
            ? throw At(node, $"repository '{name}' has no url and there is no baseurl to clone it from")
            : $"{baseUrl.TrimEnd('/')}/{name}");
        return new RepositoryConfig(name, cloneUrl, branches);
    }

    private ScriptTable ScriptsOf(YamlNode node, IReadOnlyList<RepositoryConfig> repositories)
    {
        if (node is not YamlMappingNode map)
        {
            throw At(node, "scripts must map a repository, a branch or '*' to a list of scripts");
        }

        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var byBranch = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            string key = BranchKey(keyNode);
            if (value is YamlMappingNode branches)
            {
                if (key != ScriptTable.Any && repositories.All(r => r.Name != key))
                {
                    throw At(keyNode, $"scripts.{key} maps branches to scripts, but '{key}' is not a repository in repos (nor '*')");
                }

                byBranch[key] = branches.Children.ToDictionary(pair => BranchKey(pair.Key), pair => (IReadOnlyList<string>)ScriptList(pair.Value, $"scripts.{key}.{pair.Key}"), StringComparer.Ordinal);
            }
            else
            {
                lists[key] = ScriptList(value, $"scripts.{key}");
            }
        }

        return new ScriptTable(lists, byBranch);
    }

    /// <summary>amp_ci's last file wrote <c>refs/head/main</c>: read as the branch it meant.</summary>
    private string BranchKey(YamlNode node)
    {
        string key = Scalar(node, "a scripts key");
        if (key.StartsWith("refs/head/", StringComparison.Ordinal))
        {
            string meant = "refs/heads/" + key["refs/head/".Length..];
            _warnings.Add($"{_file}:{node.Start.Line}: scripts key '{key}' read as '{meant}'");
            return meant;
        }

        return key;
    }

    private List<string> ScriptList(YamlNode node, string what)
    {
        var scripts = Strings(node, what);
        return scripts.Count > 0 && scripts.All(s => s.Trim().Length > 0) ? scripts : throw At(node, $"{what} must be a list of scripts (names or shell lines), none empty");
    }

    private NotifyConfig NotifyOf(YamlNode node)
    {
        var fields = Fields(node as YamlMappingNode ?? throw At(node, "notify must be a mapping (smtp, to, subject, chat)"), "smtp", "to", "subject", "chat");
        SmtpSettings? smtp = null;
        string from = "";
        if (fields.TryGetValue("smtp", out var smtpNode))
        {
            var server = Fields(smtpNode as YamlMappingNode ?? throw At(smtpNode, "notify.smtp must be a mapping (host, port, from, tls, user)"), "host", "port", "from", "tls", "user");
            smtp = new SmtpSettings(Scalar(server.GetValueOrDefault("host") ?? throw At(smtpNode, "notify.smtp needs a host"), "notify.smtp.host"),
                server.TryGetValue("port", out var port) ? Count(port, "notify.smtp.port") : 25)
            {
                Tls = server.TryGetValue("tls", out var tls) ? TlsOf(tls) : SmtpTls.Auto,
                UserName = server.TryGetValue("user", out var user) ? Scalar(user, "notify.smtp.user") : null,
            };
            from = Scalar(server.GetValueOrDefault("from") ?? throw At(smtpNode, "notify.smtp needs a from address"), "notify.smtp.from");
        }

        bool toPusher = true;
        List<string> to = [];
        if (fields.TryGetValue("to", out var toNode))
        {
            var recipients = toNode is YamlSequenceNode ? Strings(toNode, "notify.to") : [Scalar(toNode, "notify.to")];
            toPusher = recipients.Remove("pusher");
            to = recipients;
        }

        Uri? chat = null;
        if (fields.TryGetValue("chat", out var chatNode))
        {
            var chatFields = Fields(chatNode as YamlMappingNode ?? throw At(chatNode, "notify.chat must be a mapping with a url"), "url");
            string url = Scalar(chatFields.GetValueOrDefault("url") ?? throw At(chatNode, "notify.chat needs a url"), "notify.chat.url");
            chat = Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed : throw At(chatNode, $"notify.chat.url '{url}' is not an absolute URL");
        }

        string subject = fields.TryGetValue("subject", out var subjectNode) ? Scalar(subjectNode, "notify.subject") : NotifyConfig.DefaultSubject;
        return new NotifyConfig(smtp, from, toPusher, to, subject, chat);
    }

    private SmtpTls TlsOf(YamlNode node) => Scalar(node, "notify.smtp.tls").ToLowerInvariant() switch
    {
        "true" or "auto" => SmtpTls.Auto,
        "false" or "none" => SmtpTls.None,
        "starttls" => SmtpTls.StartTls,
        "implicit" or "ssl" => SmtpTls.Implicit,
        var other => throw At(node, $"notify.smtp.tls '{other}' is none of auto, none, starttls, implicit"),
    };

    private Dictionary<string, YamlNode> Fields(YamlMappingNode map, params string[] known)
    {
        var fields = map.Children.ToDictionary(pair => Scalar(pair.Key, "a setting's name"), pair => pair.Value, StringComparer.Ordinal);
        foreach (var (key, value) in fields.Where(pair => !known.Contains(pair.Key)))
        {
            _warnings.Add($"{_file}:{value.Start.Line}: '{key}' is not a setting here ({string.Join(", ", known)}); ignored");
        }

        return fields;
    }

    private YamlNode Required(Dictionary<string, YamlNode> keys, string key, YamlNode root) =>
        keys.TryGetValue(key, out var node) ? node : throw At(root, $"'{key}' is missing");

    private string Scalar(YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } value } ? value : throw At(node, $"{what} must be a single value");

    private List<string> Strings(YamlNode node, string what) => node is YamlSequenceNode list
        ? [.. list.Children.Select(item => Scalar(item, $"each entry of {what}"))]
        : throw At(node, $"{what} must be a list");

    private int Count(YamlNode node, string what) =>
        int.TryParse(Scalar(node, what), NumberStyles.None, CultureInfo.InvariantCulture, out int count) && count > 0
            ? count
            : throw At(node, $"{what} must be a whole number above 0");

    private TimeSpan DurationOf(YamlNode node, string what) =>
        DurationText.TryParse(Scalar(node, what), out var duration)
            ? duration
            : throw At(node, $"{what} '{Scalar(node, what)}' is not a duration (90, 30s, 15m, 2h, 7d or 01:30:00)");

    private BuildConfigException At(YamlNode node, string reason) => BuildConfigException.At(_file, node.Start.Line, reason);
}
