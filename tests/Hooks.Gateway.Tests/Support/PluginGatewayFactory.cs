using Hooks.Testing;

namespace Hooks.Gateway.Tests.Support;

/// <summary>The gateway with the fixture plugins (recorder, flaky) loaded from their DLLs, plus a broken folder.</summary>
public sealed class PluginGatewayFactory : GatewayFactory
{
    /// <summary>One folder for the whole test run: a process loads a plugin assembly once, by its path.</summary>
    private static readonly Lazy<string> Plugins = new(() =>
    {
        var folder = FixturePlugins.CopyTo(new TempDirectory("hooks-plugins"));
        Directory.CreateDirectory(Path.Combine(folder.Path, "Broken"));
        File.WriteAllText(Path.Combine(folder.Path, "Broken", "Broken.dll"), "this is not an assembly");
        return folder.Path;
    });

    private readonly TempDirectory _attempts = new("hooks-flaky");

    public PluginGatewayFactory()
    {
        Settings["Hooks:Plugins:Directory"] = Plugins.Value;
        Settings["Hooks:Plugins:flaky:FailuresBeforeSuccess"] = "2";
        Settings["Hooks:Plugins:flaky:AttemptsFile"] = AttemptsFile;
        Settings["Hooks:Plugins:recorder:Greeting"] = "hello from the recorder's own section";
    }

    public string AttemptsFile => Path.Combine(_attempts.Path, "attempts.log");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _attempts.Dispose();
        }
    }
}
