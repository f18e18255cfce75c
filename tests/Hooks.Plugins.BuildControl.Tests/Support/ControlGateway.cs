using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hooks.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hooks.Plugins.BuildControl.Tests.Support;

/// <summary>
/// The gateway in memory with the build control plugin loaded from its DLL, on a fake clock the test moves; tokens
/// minted through <c>POST /api/tokens</c> as an operator would.
/// </summary>
public class ControlGateway : GatewayFactory
{
    public const string Root = "/plugins/build-control/";

    /// <summary>One folder for the whole run: a process loads a plugin assembly once, by its path.</summary>
    private static readonly Lazy<TempDirectory> Plugins = new(() => SolutionPlugins.Only("Hooks.Plugins.BuildControl"));

    public ControlGateway(bool fakeClock = true)
    {
        Settings["Hooks:Plugins:Directory"] = Plugins.Value.Path;
        Settings["Hooks:Plugins:build-control:ArtifactBaseUrl"] = "https://build.example/pulp/content/";
        ReleaseRoot = Path.Combine(DataDirectory, "releases");
        Settings["Hooks:Plugins:build-control:ReleaseRoot"] = ReleaseRoot;
        Clock = fakeClock ? new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero)) : null;
    }

    public FakeTimeProvider? Clock { get; }

    /// <summary>Where releases put repository folders (set it again with the setting to share one between gateways).</summary>
    public string ReleaseRoot { get; }

    /// <summary>A client carrying a fresh token of <paramref name="scope"/>, named <paramref name="name"/>.</summary>
    public async Task<HttpClient> ClientWithTokenAsync(string name, string scope)
    {
        using var admin = CreateAdminClient();
        using var created = await admin.PostAsJsonAsync("/api/tokens", new { name, scopes = new[] { scope } });
        created.EnsureSuccessStatusCode();
        using var answer = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var client = CreateClient();
        client.BaseAddress = new Uri(client.BaseAddress!, Root + "api/v1/");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", answer.RootElement.GetProperty("token").GetString());
        return client;
    }

    public async Task<SimulatedNode> NodeAsync(string name, params string[] arches) => new(await ClientWithTokenAsync(name, "build-node"), arches);

    public Task<HttpClient> UserAsync(string name = "ada") => ClientWithTokenAsync(name, "build-control");

    public async Task<SimulatedTestSystem> TestSystemAsync(string name = "alts") => new(await ClientWithTokenAsync(name, "test-node"));

    public async Task<SimulatedSignNode> SignNodeAsync(string name, params string[] keyIds) => new(await ClientWithTokenAsync(name, "sign-node"), keyIds);

    public Task<HttpClient> SignerAsync(string name = "grace") => ClientWithTokenAsync(name, "sign");

    public Task<HttpClient> ReleaserAsync(string name = "linus") => ClientWithTokenAsync(name, "release");

    /// <summary>A platform with a mock section, an x86_64 and an aarch64 repository and a build log repository.</summary>
    public static async Task<JsonElement> CreatePlatformAsync(HttpClient user, string name, params string[] arches)
    {
        var body = new
        {
            name,
            type = "rpm",
            distr_type = "rhel",
            distr_version = "9",
            arch_list = arches,
            repos = new object[]
            {
                new { name = name + "-BaseOS-x86_64", arch = "x86_64", url = "https://repo.example/9/BaseOS/x86_64/os/", type = "rpm", priority = 10, mock_enabled = true },
                new { name = name + "-BaseOS-aarch64", arch = "aarch64", url = "https://repo.example/9/BaseOS/aarch64/os/", type = "rpm" },
                new { name = name + "-logs", arch = "x86_64", url = "https://repo.example/logs/", type = "build_log" },
            },
            data = new
            {
                mock = new { chroot_setup_cmd = "install bash", macros = new { } , secure_boot_additional_packages = new[] { "pesign" } },
                definitions = new { distribution = "AlmaLinux" },
                yum = new { exclude = "foo" },
                mock_dist = "el9",
                timeout = 43200,
            },
        };
        using var response = await user.PostAsJsonAsync("platforms/", body);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>Creates a build of <paramref name="refs"/> (URLs of <c>rpms/&lt;name&gt;.git</c>) for the platforms given as <c>name:arch,arch</c>.</summary>
    public static async Task<JsonElement> CreateBuildAsync(HttpClient user, string[] refs, string[] platforms, bool independent = false, object? mockOptions = null)
    {
        var body = new JsonObject
        {
            ["platforms"] = new JsonArray([.. platforms.Select(p => (JsonNode)new JsonObject
            {
                ["name"] = p.Split(':')[0],
                ["arch_list"] = new JsonArray([.. p.Split(':')[1].Split(',').Select(a => (JsonNode)a)]),
                ["parallel_mode_enabled"] = true,
                ["independent_tasks"] = independent,
            })]),
            ["tasks"] = new JsonArray([.. refs.Select(r => (JsonNode)new JsonObject
            {
                ["url"] = $"https://git.almalinux.org/rpms/{r}.git",
                ["git_ref"] = $"imports/c9/{r}-1.0-1.el9",
                ["ref_type"] = 2,
                ["mock_options"] = new JsonObject { ["definitions"] = new JsonObject { ["dist"] = ".el9" } },
            })]),
            ["linked_builds"] = new JsonArray(),
            ["mock_options"] = mockOptions is null ? null : JsonSerializer.SerializeToNode(mockOptions),
            ["is_secure_boot"] = false,
        };
        using var response = await user.PostAsJsonAsync("builds/", body);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<JsonElement> BuildAsync(int id)
    {
        using var client = CreateClient();
        return JsonDocument.Parse(await client.GetStringAsync($"{Root}api/v1/builds/{id}/")).RootElement.Clone();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
        }
    }
}
