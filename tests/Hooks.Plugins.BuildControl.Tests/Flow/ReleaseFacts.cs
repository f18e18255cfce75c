using System.Net;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Tests.Support;
using Hooks.Testing;

namespace Hooks.Plugins.BuildControl.Tests.Flow;

/// <summary>Releases refused for builds not signed for their platform, deleted only while scheduled, never left in progress by an error; plans edited.</summary>
public sealed class ReleaseFacts : IDisposable
{
    private readonly ControlGateway _gateway = new(fakeClock: false);
    private readonly ArtifactStore _store = new();

    public ReleaseFacts() => _gateway.Settings["Hooks:Plugins:build-control:ArtifactBaseUrl"] = _store.BaseUrl;

    [Fact]
    public async Task Commit_is_refused_for_a_build_not_signed_or_signed_with_a_key_of_another_platform()
    {
        using var user = await _gateway.UserAsync();
        using var signer = await _gateway.SignerAsync();
        using var releaser = await _gateway.ReleaserAsync();
        int platformId = await Pipeline.CreatePlatformAsync(user);
        await Pipeline.CreatePlatformAsync(user, "AlmaLinux-8");
        int buildId = await Pipeline.CreateBuildAsync(user);
        await Pipeline.RunBuildNodeAsync(_gateway);
        int releaseId = (await Pipeline.SendAsync(releaser, HttpMethod.Post, "releases/new/", new { builds = new[] { buildId }, platform_id = platformId })).Body.GetProperty("id").GetInt32();

        var (unsigned, why) = await Pipeline.SendAsync(releaser, HttpMethod.Post, $"releases/{releaseId}/commit/");
        Assert.Equal(HttpStatusCode.BadRequest, unsigned);
        Assert.Equal($"the release cannot be committed: build {buildId} is not signed", why.GetProperty("detail").GetString());

        int otherKey = await Pipeline.CreateKeyAsync(signer, "0123456789ABCDEF", "0123456789ABCDEF0123456789ABCDEF01234567", "AlmaLinux-8");
        await Pipeline.SignAsync(_gateway, signer, buildId, otherKey, _store, "0123456789ABCDEF", "0123456789ABCDEF0123456789ABCDEF01234567");
        var (wrongKey, reason) = await Pipeline.SendAsync(releaser, HttpMethod.Post, $"releases/{releaseId}/commit/");

        Assert.Equal(HttpStatusCode.BadRequest, wrongKey);
        Assert.Equal($"the release cannot be committed: {Pipeline.SourceRpm} is not signed with a key of platform {Pipeline.Platform}", reason.GetProperty("detail").GetString());
        Assert.Equal((int)ReleaseStatus.Scheduled, (await Pipeline.GetAsync(user, $"releases/{releaseId}/")).GetProperty("status").GetInt32());
        Assert.False(Directory.Exists(_gateway.ReleaseRoot) && Directory.EnumerateFiles(_gateway.ReleaseRoot, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task A_release_is_deleted_only_while_scheduled()
    {
        var (user, releaser, platformId, buildId) = await SignedAsync();
        using var _ = user;
        using var __ = releaser;
        int scheduled = (await Pipeline.SendAsync(releaser, HttpMethod.Post, "releases/new/", new { builds = new[] { buildId }, platform_id = platformId })).Body.GetProperty("id").GetInt32();
        int committed = (await Pipeline.SendAsync(releaser, HttpMethod.Post, "releases/new/", new { builds = new[] { buildId }, platform_id = platformId })).Body.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await Pipeline.SendAsync(releaser, HttpMethod.Post, $"releases/{committed}/commit/")).Status);
        await Eventually.Get(() => Pipeline.GetAsync(user, $"releases/{committed}/"), r => r.GetProperty("status").GetInt32() == (int)ReleaseStatus.Completed, "the committed release");

        Assert.Equal(HttpStatusCode.NoContent, (await Pipeline.SendAsync(releaser, HttpMethod.Delete, $"releases/{scheduled}/")).Status);
        var (refused, reason) = await Pipeline.SendAsync(releaser, HttpMethod.Delete, $"releases/{committed}/");

        Assert.Equal(HttpStatusCode.NotFound, (await Pipeline.SendAsync(user, HttpMethod.Get, $"releases/{scheduled}/")).Status);
        Assert.Equal(HttpStatusCode.Conflict, refused);
        Assert.Equal($"release {committed} is COMPLETED: only a SCHEDULED release can be deleted", reason.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await Pipeline.SendAsync(releaser, HttpMethod.Post, $"releases/{committed}/commit/")).Status);
    }

    [Fact]
    public async Task A_release_whose_package_cannot_be_downloaded_ends_failed_with_the_reason()
    {
        // Signed copies the store never got: every download answers 404.
        var (user, releaser, platformId, buildId) = await SignedAsync(serveSignedCopies: false);
        using var _ = user;
        using var __ = releaser;
        int releaseId = (await Pipeline.SendAsync(releaser, HttpMethod.Post, "releases/new/", new { builds = new[] { buildId }, platform_id = platformId })).Body.GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.OK, (await Pipeline.SendAsync(releaser, HttpMethod.Post, $"releases/{releaseId}/commit/")).Status);
        var ended = await Eventually.Get(() => Pipeline.GetAsync(user, $"releases/{releaseId}/"), r => r.GetProperty("status").GetInt32() != (int)ReleaseStatus.InProgress, "the release's job");

        Assert.Equal((int)ReleaseStatus.Failed, ended.GetProperty("status").GetInt32());
        Assert.Contains($"{Pipeline.SourceRpm}: downloading", ended.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("answered 404", ended.GetProperty("plan").GetProperty("last_log").GetString(), StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await _gateway.BuildAsync(buildId)).GetProperty("release_id").ValueKind);
    }

    [Fact]
    public async Task An_edited_plan_is_what_a_commit_copies()
    {
        var (user, releaser, platformId, buildId) = await SignedAsync();
        using var _ = user;
        using var __ = releaser;
        var release = (await Pipeline.SendAsync(releaser, HttpMethod.Post, "releases/new/", new { builds = new[] { buildId }, platform_id = platformId })).Body;
        int releaseId = release.GetProperty("id").GetInt32();
        var plan = System.Text.Json.Nodes.JsonNode.Parse(release.GetProperty("plan").GetRawText())!.AsObject();
        var packages = plan["packages"]!.AsArray();
        for (int i = packages.Count - 1; i >= 0; i--)
        {
            if (!packages[i]!["package"]!["full_name"]!.GetValue<string>().Contains("-doc-", StringComparison.Ordinal))
            {
                packages.RemoveAt(i);
            }
        }

        var (edited, body) = await Pipeline.SendAsync(releaser, HttpMethod.Put, $"releases/{releaseId}/", new { plan });
        Assert.Equal(HttpStatusCode.OK, edited);
        Assert.Equal(1, body.GetProperty("plan").GetProperty("packages").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await Pipeline.SendAsync(releaser, HttpMethod.Post, $"releases/{releaseId}/commit/")).Status);
        await Eventually.Get(() => Pipeline.GetAsync(user, $"releases/{releaseId}/"), r => r.GetProperty("status").GetInt32() == (int)ReleaseStatus.Completed, "the committed release");

        var files = Directory.EnumerateFiles(_gateway.ReleaseRoot, "*.rpm", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_gateway.ReleaseRoot, f)).Order().ToList();
        Assert.Equal([Path.Combine($"{Pipeline.Platform}-baseos-aarch64", "harbour-doc-2.3.0-1.el9.noarch.rpm"), Path.Combine($"{Pipeline.Platform}-baseos-x86_64", "harbour-doc-2.3.0-1.el9.noarch.rpm")], files);
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task Createrepo_is_run_on_every_repository_folder_a_commit_changed_and_its_failure_fails_the_release()
    {
        string tool = Path.Combine(_gateway.DataDirectory, "createrepo_c");
        // Stands in for createrepo_c: writes repodata listing the folder's packages, or fails for a folder named *-source.
        await File.WriteAllTextAsync(tool, "#!/bin/sh\n[ \"$1\" = --update ] || exit 2\ncase \"$2\" in *-source) echo broken >&2; exit 3;; esac\nmkdir -p \"$2/repodata\" && ls \"$2\" | grep '\\.rpm$' > \"$2/repodata/repomd.xml\"\n");
        File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _gateway.Settings["Hooks:Plugins:build-control:Createrepo"] = tool;
        var (user, releaser, platformId, buildId) = await SignedAsync();
        using var _ = user;
        using var __ = releaser;
        var release = (await Pipeline.SendAsync(releaser, HttpMethod.Post, "releases/new/", new { builds = new[] { buildId }, platform_id = platformId })).Body;
        int withSources = release.GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.OK, (await Pipeline.SendAsync(releaser, HttpMethod.Post, $"releases/{withSources}/commit/")).Status);
        var failed = await Eventually.Get(() => Pipeline.GetAsync(user, $"releases/{withSources}/"), r => r.GetProperty("status").GetInt32() != (int)ReleaseStatus.InProgress, "the release's job");

        Assert.Equal((int)ReleaseStatus.Failed, failed.GetProperty("status").GetInt32());
        Assert.Equal($"{tool} --update {Path.Combine(_gateway.ReleaseRoot, Pipeline.Platform + "-source")} failed (exit code 3)", failed.GetProperty("error").GetString());
        string baseos = Path.Combine(_gateway.ReleaseRoot, $"{Pipeline.Platform}-baseos-x86_64");
        Assert.Equal(["harbour-2.3.0-1.el9.x86_64.rpm", "harbour-doc-2.3.0-1.el9.noarch.rpm"], (await File.ReadAllLinesAsync(Path.Combine(baseos, "repodata", "repomd.xml"))).Order());
    }

    private async Task<(HttpClient User, HttpClient Releaser, int PlatformId, int BuildId)> SignedAsync(bool serveSignedCopies = true)
    {
        var user = await _gateway.UserAsync();
        var releaser = await _gateway.ReleaserAsync();
        using var signer = await _gateway.SignerAsync();
        int platformId = await Pipeline.CreatePlatformAsync(user);
        int buildId = await Pipeline.CreateBuildAsync(user);
        await Pipeline.RunBuildNodeAsync(_gateway);
        await Pipeline.SignAsync(_gateway, signer, buildId, await Pipeline.CreateKeyAsync(signer), serveSignedCopies ? _store : null);
        return (user, releaser, platformId, buildId);
    }

    public void Dispose()
    {
        _gateway.Dispose();
        _store.Dispose();
    }
}
