using Hooks.Testing;

namespace Hooks.EndToEnd.Tests.Deploy;

/// <summary>The compose files, the systemd units and the alert rules, checked by the tools that run them.</summary>
public sealed class DeployFilesFacts : IDisposable
{
    private readonly TempDirectory _work = new("hooks-deploy-files");

    private static string DeployDirectory => Path.Combine(Paths.RepositoryRoot, "deploy");

    [Fact]
    public async Task Compose_reads_the_file_with_the_example_environment_and_the_docker_opt_in_adds_the_socket_to_workers_only()
    {
        string environment = Path.Combine(_work.Path, ".env");
        await File.WriteAllTextAsync(environment, (await File.ReadAllTextAsync(Path.Combine(DeployDirectory, ".env.example")))
            .Replace("HOOKS_ADMIN_TOKEN=\n", "HOOKS_ADMIN_TOKEN=compose-admin\n", StringComparison.Ordinal)
            .Replace("POSTGRES_PASSWORD=\n", "POSTGRES_PASSWORD=compose-db\n", StringComparison.Ordinal)
            + $"HOOKS_ENV_FILE={environment}\n");

        string plain = await ComposeAsync(environment, "compose.yaml");
        string withDocker = await ComposeAsync(environment, "compose.yaml", "compose.docker.yaml");

        Assert.Equal(["postgres", "receiver", "worker"], await ServicesAsync(environment, "compose.yaml"));
        Assert.Contains("Hooks__Roles: receiver", plain, StringComparison.Ordinal);
        Assert.Contains("Hooks__Roles: worker", plain, StringComparison.Ordinal);
        Assert.Contains("Password=compose-db", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("docker.sock", plain, StringComparison.Ordinal);
        Assert.Contains("/var/run/docker.sock:/var/run/docker.sock", withDocker, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compose_refuses_to_start_without_the_admin_token_and_database_password()
    {
        string environment = Path.Combine(_work.Path, ".env");
        File.Copy(Path.Combine(DeployDirectory, ".env.example"), environment);

        var (exit, _, error) = await DockerCli.TryCommandAsync("docker-compose", ["-f", Path.Combine(DeployDirectory, "compose.yaml"), "--env-file", environment, "config"]);

        Assert.NotEqual(0, exit);
        Assert.Contains("set POSTGRES_PASSWORD in .env", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_systemd_units_verify_clean_and_a_broken_one_would_not()
    {
        string stub = Path.Combine(_work.Path, "Hooks.Gateway");
        await File.WriteAllTextAsync(stub, "#!/bin/sh\n");
        await DockerCli.CommandAsync("chmod", ["0755", stub]);
        var units = new List<string>();
        foreach (string unit in (string[])["hooks-receiver.service", "hooks-worker.service"])
        {
            string text = await File.ReadAllTextAsync(Path.Combine(DeployDirectory, "systemd", unit));
            Assert.Contains("ExecStart=/opt/hooks/Hooks.Gateway\n", text, StringComparison.Ordinal);
            string copy = Path.Combine(_work.Path, unit);
            await File.WriteAllTextAsync(copy, text.Replace("ExecStart=/opt/hooks/Hooks.Gateway", $"ExecStart={stub}", StringComparison.Ordinal));
            units.Add(copy);
        }

        var (exit, output, error) = await DockerCli.TryCommandAsync("systemd-analyze", ["verify", .. units]);
        Assert.Equal(0, exit);
        Assert.Equal("", output + error);

        string broken = Path.Combine(_work.Path, "hooks-broken.service");
        await File.WriteAllTextAsync(broken, (await File.ReadAllTextAsync(units[0])).Replace("ProtectSystem=strict", "ProtectSytem=strict", StringComparison.Ordinal));
        var (_, brokenOutput, brokenError) = await DockerCli.TryCommandAsync("systemd-analyze", ["verify", broken]);
        Assert.Contains("Unknown key 'ProtectSytem'", brokenOutput + brokenError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_alert_rules_pass_promtool()
    {
        string checkedRules = await DockerCli.CommandAsync("promtool", ["check", "rules", Path.Combine(DeployDirectory, "prometheus", "hooks.rules.yml")]);

        Assert.Contains("SUCCESS: 6 rules found", checkedRules, StringComparison.Ordinal);
    }

    private static async Task<string> ComposeAsync(string environment, params string[] files) =>
        await DockerCli.CommandAsync("docker-compose", [.. files.SelectMany(file => (string[])["-f", Path.Combine(DeployDirectory, file)]), "--env-file", environment, "config"]);

    private static async Task<string[]> ServicesAsync(string environment, string file) =>
        [.. (await DockerCli.CommandAsync("docker-compose", ["-f", Path.Combine(DeployDirectory, file), "--env-file", environment, "config", "--services"])).Split('\n').Order()];

    public void Dispose() => _work.Dispose();
}
