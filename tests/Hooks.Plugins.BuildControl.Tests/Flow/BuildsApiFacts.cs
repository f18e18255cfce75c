using System.Net;
using System.Text.Json;
using Hooks.Plugins.BuildControl.Tests.Support;

namespace Hooks.Plugins.BuildControl.Tests.Flow;

/// <summary>The users' builds API with the original's shapes: create, list with filters and pages, restart, cancel, remove.</summary>
public sealed class BuildsApiFacts : IDisposable
{
    private readonly ControlGateway _gateway = new();

    [Fact]
    public async Task A_created_build_shows_its_tasks_in_the_original_shape()
    {
        using var user = await _gateway.UserAsync();
        var platform = await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64", "i686");
        Assert.Equal(["x86_64", "i686"], platform.GetProperty("arch_list").EnumerateArray().Select(a => a.GetString()));

        var build = await ControlGateway.CreateBuildAsync(user, ["bash"], ["AlmaLinux-9:x86_64,i686"]);

        Assert.Equal("ada", build.GetProperty("user").GetProperty("username").GetString());
        var tasks = build.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(["src", "i686", "x86_64"], tasks.Select(t => t.GetProperty("arch").GetString()));
        Assert.All(tasks, t =>
        {
            Assert.Equal(0, t.GetProperty("status").GetInt32());
            Assert.Equal(0, t.GetProperty("index").GetInt32());
            Assert.Equal("AlmaLinux-9", t.GetProperty("platform").GetProperty("name").GetString());
            Assert.Equal("rpm", t.GetProperty("platform").GetProperty("type").GetString());
            Assert.Equal("https://git.almalinux.org/rpms/bash.git", t.GetProperty("ref").GetProperty("url").GetString());
            Assert.Equal(JsonValueKind.Null, t.GetProperty("ts").ValueKind);
        });
    }

    [Fact]
    public async Task A_request_naming_an_unknown_platform_or_arch_is_refused_with_the_reason()
    {
        using var user = await _gateway.UserAsync();
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64");

        using var unknown = await user.PostAsync("builds/", new StringContent("""{"platforms": [{"name": "Nope", "arch_list": ["x86_64"], "parallel_mode_enabled": true}], "tasks": [{"url": "https://git.almalinux.org/rpms/bash.git", "git_ref": "c9", "ref_type": 2}]}""", System.Text.Encoding.UTF8, "application/json"));
        using var arch = await user.PostAsync("builds/", new StringContent("""{"platforms": [{"name": "AlmaLinux-9", "arch_list": ["s390x"], "parallel_mode_enabled": true}], "tasks": [{"url": "https://git.almalinux.org/rpms/bash.git", "git_ref": "c9", "ref_type": "git_tag"}]}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Contains("no platform named 'Nope'", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, arch.StatusCode);
        Assert.Contains("AlmaLinux-9 has no architecture 's390x'", await arch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_filters_and_pages_newest_first()
    {
        using var user = await _gateway.UserAsync();
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64", "aarch64");
        for (int i = 0; i < 12; i++)
        {
            await ControlGateway.CreateBuildAsync(user, [i % 2 == 0 ? "bash" : "zsh"], [i < 3 ? "AlmaLinux-9:aarch64" : "AlmaLinux-9:x86_64"]);
        }

        using var anyone = _gateway.CreateClient();
        var page = JsonDocument.Parse(await anyone.GetStringAsync(ControlGateway.Root + "api/v1/builds/?pageNumber=2")).RootElement;
        Assert.Equal(12, page.GetProperty("total_builds").GetInt32());
        Assert.Equal(2, page.GetProperty("current_page").GetInt32());
        Assert.Equal([2, 1], page.GetProperty("builds").EnumerateArray().Select(b => b.GetProperty("id").GetInt32()));

        var zsh = JsonDocument.Parse(await anyone.GetStringAsync(ControlGateway.Root + "api/v1/builds/?project=ZSH")).RootElement;
        Assert.Equal([12, 10, 8, 6, 4, 2], zsh.EnumerateArray().Select(b => b.GetProperty("id").GetInt32()));
        var arm = JsonDocument.Parse(await anyone.GetStringAsync(ControlGateway.Root + "api/v1/builds/?arch=aarch64&platform=AlmaLinux-9&running=true")).RootElement;
        Assert.Equal([3, 2, 1], arm.EnumerateArray().Select(b => b.GetProperty("id").GetInt32()));
        Assert.Empty(JsonDocument.Parse(await anyone.GetStringAsync(ControlGateway.Root + "api/v1/builds/?running=false")).RootElement.EnumerateArray());
    }

    [Fact]
    public async Task Restart_failed_puts_failures_back_chained_one_after_another()
    {
        using var user = await _gateway.UserAsync();
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64");
        int buildId = (await ControlGateway.CreateBuildAsync(user, ["bash", "zsh"], ["AlmaLinux-9:x86_64"], independent: true)).GetProperty("id").GetInt32();
        using var node = await _gateway.NodeAsync("node-a", "x86_64", "src");
        var sources = new[] { await node.TakeAsync(), await node.TakeAsync() };
        foreach (int src in sources)
        {
            Assert.Equal(HttpStatusCode.OK, await node.DoneStatusAsync(src, "failed", "src"));
        }

        Assert.True((await _gateway.BuildAsync(buildId)).GetProperty("finished").GetBoolean());

        using var restarted = await user.PatchAsync($"builds/{buildId}/restart-failed", null);
        var build = JsonDocument.Parse(await restarted.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, restarted.StatusCode);
        Assert.All(build.GetProperty("tasks").EnumerateArray(), t =>
        {
            Assert.Equal(0, t.GetProperty("status").GetInt32());
            Assert.Equal(JsonValueKind.Null, t.GetProperty("error").ValueKind);
        });
        Assert.Equal(JsonValueKind.Null, build.GetProperty("finished_at").ValueKind);
        // Serially: the first source, and nothing else until it is done.
        Assert.Equal(sources[0], await node.TakeAsync());
        Assert.Null(await node.GetTaskAsync());
    }

    [Fact]
    public async Task Parallel_restart_chains_refs_per_architecture_only_so_a_done_source_releases_its_arches_and_the_next_source_at_once()
    {
        using var user = await _gateway.UserAsync();
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64");
        int buildId = (await ControlGateway.CreateBuildAsync(user, ["bash", "zsh"], ["AlmaLinux-9:x86_64"], independent: true)).GetProperty("id").GetInt32();
        using var node = await _gateway.NodeAsync("node-a", "x86_64", "src");
        var sources = new[] { await node.TakeAsync(), await node.TakeAsync() };
        foreach (int src in sources)
        {
            Assert.Equal(HttpStatusCode.OK, await node.DoneStatusAsync(src, "failed", "src"));
        }

        using var restarted = await user.PatchAsync($"builds/{buildId}/parallel-restart-failed", null);
        Assert.Equal(HttpStatusCode.OK, restarted.StatusCode);

        Assert.Equal(sources[0], await node.TakeAsync());
        Assert.Null(await node.GetTaskAsync());
        Assert.Equal(HttpStatusCode.OK, await node.DoneStatusAsync(sources[0], "done", "src"));
        var released = new[] { (await node.GetTaskAsync())!.Value, (await node.GetTaskAsync())!.Value };
        Assert.Equal(["x86_64", "src"], released.Select(t => t.GetProperty("arch").GetString()).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public async Task Cancel_stops_what_waits_while_a_running_task_still_reports_and_remove_deletes_the_build()
    {
        using var user = await _gateway.UserAsync();
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64");
        int buildId = (await ControlGateway.CreateBuildAsync(user, ["bash"], ["AlmaLinux-9:x86_64"])).GetProperty("id").GetInt32();
        using var node = await _gateway.NodeAsync("node-a", "x86_64", "src");
        int src = await node.TakeAsync();

        using var cancelled = await user.PatchAsync($"builds/{buildId}/cancel", null);
        var tasks = JsonDocument.Parse(await cancelled.Content.ReadAsStringAsync()).RootElement.GetProperty("tasks");
        Assert.Equal(1, tasks[0].GetProperty("status").GetInt32());
        Assert.Equal(5, tasks[1].GetProperty("status").GetInt32());
        Assert.Equal("Build task cancelled by user", tasks[1].GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, await node.DoneStatusAsync(src, "done", "src"));
        Assert.True((await _gateway.BuildAsync(buildId)).GetProperty("finished").GetBoolean());

        using var removed = await user.DeleteAsync($"builds/{buildId}/remove");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        using var again = await user.DeleteAsync($"builds/{buildId}/remove");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        using var gone = await _gateway.CreateClient().GetAsync($"{ControlGateway.Root}api/v1/builds/{buildId}/");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Platforms_are_updated_by_name_and_their_repositories_added_and_removed()
    {
        using var user = await _gateway.UserAsync();
        int id = (await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64")).GetProperty("id").GetInt32();

        using var put = await user.PutAsync("platforms/", new StringContent("""{"name": "AlmaLinux-9", "arch_list": ["x86_64", "aarch64"]}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(["x86_64", "aarch64"], JsonDocument.Parse(await put.Content.ReadAsStringAsync()).RootElement.GetProperty("arch_list").EnumerateArray().Select(a => a.GetString()));
        using var added = await user.PatchAsync($"platforms/{id}/add-repositories", new StringContent("""[{"name": "extras", "arch": "aarch64", "url": "https://repo.example/extras/", "type": "rpm", "priority": 5, "mock_enabled": false}]""", System.Text.Encoding.UTF8, "application/json"));
        var repos = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement.GetProperty("repos").EnumerateArray().ToList();
        Assert.Equal(4, repos.Count);
        int extras = repos.Single(r => r.GetProperty("name").GetString() == "extras").GetProperty("id").GetInt32();
        using var removed = await user.PatchAsync($"platforms/{id}/remove-repositories", new StringContent($"[{extras}]", System.Text.Encoding.UTF8, "application/json"));

        Assert.DoesNotContain("extras", await removed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var duplicate = await user.PostAsync("platforms/", new StringContent("""{"name": "AlmaLinux-9", "arch_list": ["x86_64"]}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
    }

    public void Dispose() => _gateway.Dispose();
}
