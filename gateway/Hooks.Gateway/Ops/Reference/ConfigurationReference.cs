using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using Hooks.Gateway.Auth;
using Hooks.Gateway.Dispatch;
using Hooks.Gateway.Plugins;
using Hooks.Gateway.Receiving;
using Hooks.Gateway.Retention;
using Hooks.Gateway.RunLogs;
using Hooks.Gateway.Sources;
using Hooks.Gateway.Workspaces;

namespace Hooks.Gateway.Ops.Reference;

/// <summary>
/// Every configuration key of the gateway with its default, read from the options classes themselves (defaults from a
/// new instance, meanings from their documentation), so the README's reference and <c>deploy/.env.example</c> cannot
/// drift from the code: <c>hooks config reference</c> prints them, and a test compares.
/// </summary>
public static class ConfigurationReference
{
    /// <summary>The sections bound to options classes, as the gateway binds them.</summary>
    public static readonly IReadOnlyList<(string Section, Type Options)> Sections =
    [
        ("Hooks:Sources:<name>", typeof(SourceOptions)),
        ("Hooks:Receive", typeof(ReceiveOptions)),
        ("Hooks:Dispatch", typeof(DispatchOptions)),
        ("Hooks:Jobs", typeof(JobStorageOptions)),
        ("Hooks:Inbox", typeof(RetentionOptions)),
        ("Hooks:Plugins", typeof(PluginOptions)),
        ("Hooks:Admin", typeof(AdminOptions)),
        ("Hooks:Workspaces", typeof(WorkspaceOptions)),
        ("Hooks:RunLogs", typeof(RunLogOptions)),
    ];

    /// <summary>Keys read one by one rather than through an options class.</summary>
    public static readonly IReadOnlyList<SettingReference> ReadOneByOne =
    [
        new("ConnectionStrings:Hooks", "", "PostgreSQL for the gateway, its plugins and Hangfire; none: the embedded default (SQLite files and jobs in memory)"),
        new("Hooks:Roles", "receiver,worker", "receiver (answers forges), worker (dispatches, runs jobs), or both"),
        new("Hooks:DataDirectory", "data/ beside the binary", "SQLite files, workspaces, git mirrors, the generated admin token"),
        new("Hooks:AdminToken", "", "the admin token; none: the embedded gateway makes one in data/admin-token, a PostgreSQL one refuses the admin API"),
        new("Hooks:PublicUrl", "", "the gateway's address as people and forges reach it (links in pages, statuses and mail)"),
        new("Urls", "http://localhost:8080", "where the gateway listens (ASP.NET Core)"),
    ];

    public static IEnumerable<SettingReference> All()
    {
        var docs = XmlDocs.For(typeof(ConfigurationReference).Assembly);
        foreach (var setting in ReadOneByOne)
        {
            yield return setting;
        }

        foreach (var (section, type) in Sections)
        {
            object defaults = Activator.CreateInstance(type)!;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                string value = property.GetCustomAttribute<DefaultTextAttribute>()?.Text ?? Format(property.GetValue(defaults));
                yield return new SettingReference($"{section}:{property.Name}", value, docs.Of(property));
            }
        }
    }

    /// <summary>A Markdown table of every key.</summary>
    public static string Markdown()
    {
        var table = new StringBuilder("| key | default | meaning |\n| --- | --- | --- |\n");
        foreach (var setting in All())
        {
            table.Append(CultureInfo.InvariantCulture, $"| `{setting.Key}` | {(setting.Default.Length == 0 ? "" : $"`{setting.Default}`")} | {setting.Meaning.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        return table.ToString();
    }

    /// <summary>Every key as a commented environment variable with its default, for an <c>.env</c> file.</summary>
    public static string Environment()
    {
        var lines = new StringBuilder();
        foreach (var setting in All())
        {
            string name = setting.EnvironmentName.Replace("<name>", "github", StringComparison.Ordinal);
            lines.Append(CultureInfo.InvariantCulture, $"# {setting.Key}: {setting.Meaning}\n#{name}={setting.Default}\n");
        }

        return lines.ToString();
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(",", items.Cast<object?>().Select(Format)),
        _ => value.ToString() ?? "",
    };
}
