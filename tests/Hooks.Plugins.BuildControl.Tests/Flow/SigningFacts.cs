using System.Net;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Tests.Support;

namespace Hooks.Plugins.BuildControl.Tests.Flow;

/// <summary>Sign keys and sign tasks as albs-sign-node meets them: fingerprints checked, a signed build signed once, a dead node's task back after the lease.</summary>
public sealed class SigningFacts : IDisposable
{
    private readonly ControlGateway _gateway = new();

    [Fact]
    public async Task A_package_signed_with_another_fingerprint_fails_the_task_with_the_reason_and_leaves_the_build_unsigned()
    {
        var (user, signer, buildId, keyId) = await BuiltAsync();
        using var _ = user;
        using var __ = signer;
        await Pipeline.CreateSignTaskOkAsync(signer, buildId, keyId);
        using var node = await _gateway.SignNodeAsync("sign-1", Pipeline.KeyId);
        var task = await node.GetTaskAsync();

        const string Other = "0000000000000000000000000000000000000001";
        using var completed = await node.CompleteAsync(task, Other);

        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        var stored = (await Pipeline.GetAsync(user, $"sign-tasks/?build_id={buildId}"))[0];
        Assert.Equal((int)SignStatus.Failed, stored.GetProperty("status").GetInt32());
        Assert.Equal($"{Pipeline.SourceRpm} was signed with fingerprint {Other}, not the key's {Pipeline.Fingerprint}", stored.GetProperty("error_message").GetString());
        Assert.False((await _gateway.BuildAsync(buildId)).GetProperty("signed").GetBoolean());
    }

    [Fact]
    public async Task A_failure_reported_by_the_sign_node_fails_the_task_with_its_message_and_a_new_task_may_be_made()
    {
        var (user, signer, buildId, keyId) = await BuiltAsync();
        using var _ = user;
        using var __ = signer;
        await Pipeline.CreateSignTaskOkAsync(signer, buildId, keyId);

        using var node = await _gateway.SignNodeAsync("sign-1", Pipeline.KeyId);
        using var failed = await node.FailAsync(await node.GetTaskAsync(), "Traceback: gpg-agent is gone");

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        var stored = (await Pipeline.GetAsync(user, $"sign-tasks/?build_id={buildId}"))[0];
        Assert.Equal((int)SignStatus.Failed, stored.GetProperty("status").GetInt32());
        Assert.Equal("Traceback: gpg-agent is gone", stored.GetProperty("error_message").GetString());
        using var again = await Pipeline.CreateSignTaskAsync(signer, buildId, keyId);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task A_signed_build_cannot_be_signed_again_409_and_its_artifacts_record_the_signature()
    {
        var (user, signer, buildId, keyId) = await BuiltAsync();
        using var _ = user;
        using var __ = signer;
        await Pipeline.SignAsync(_gateway, signer, buildId, keyId, null);

        var (status, body) = await Pipeline.SendAsync(signer, HttpMethod.Post, "sign-tasks/", new { build_id = buildId, sign_key_id = keyId });

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal($"build {buildId} is already signed", body.GetProperty("detail").GetString());
        var build = await _gateway.BuildAsync(buildId);
        Assert.True(build.GetProperty("signed").GetBoolean());
        var rpm = build.GetProperty("tasks")[0].GetProperty("artifacts").EnumerateArray().First(a => a.GetProperty("type").GetString() == "rpm");
        Assert.StartsWith("/pulp/api/v3/artifacts/signed-", rpm.GetProperty("href").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dead_sign_nodes_task_goes_to_another_node_after_the_lease_and_the_dead_one_cannot_complete_it()
    {
        var (user, signer, buildId, keyId) = await BuiltAsync();
        using var _ = user;
        using var __ = signer;
        await Pipeline.CreateSignTaskOkAsync(signer, buildId, keyId);

        using var dead = await _gateway.SignNodeAsync("sign-dead", Pipeline.KeyId);
        using var alive = await _gateway.SignNodeAsync("sign-alive", Pipeline.KeyId);
        var task = await dead.GetTaskAsync();
        _gateway.Clock!.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal("{}", (await alive.GetTaskAsync()).GetRawText());
        _gateway.Clock.Advance(TimeSpan.FromMinutes(2));

        var again = await alive.GetTaskAsync();
        Assert.Equal(task.GetProperty("id").GetInt32(), again.GetProperty("id").GetInt32());
        using (var late = await dead.CompleteAsync(task, Pipeline.Fingerprint))
        {
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        }

        using var completed = await alive.CompleteAsync(again, Pipeline.Fingerprint);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.True((await _gateway.BuildAsync(buildId)).GetProperty("signed").GetBoolean());
    }

    [Fact]
    public async Task The_sign_lease_is_configurable_and_a_node_only_gets_tasks_of_keys_it_holds()
    {
        _gateway.Settings["Hooks:Plugins:build-control:SignLease"] = "00:05:00";
        var (user, signer, buildId, keyId) = await BuiltAsync();
        using var _ = user;
        using var __ = signer;
        await Pipeline.CreateSignTaskOkAsync(signer, buildId, keyId);

        using var stranger = await _gateway.SignNodeAsync("sign-other-key", "0123456789ABCDEF");
        using var first = await _gateway.SignNodeAsync("sign-a", Pipeline.KeyId);
        using var second = await _gateway.SignNodeAsync("sign-b", Pipeline.KeyId.ToLowerInvariant());
        Assert.Equal("{}", (await stranger.GetTaskAsync()).GetRawText());
        int? taken = await first.TakeAsync();
        Assert.NotNull(taken);
        _gateway.Clock!.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(taken, await second.TakeAsync());
    }

    [Fact]
    public async Task Sign_keys_need_16_and_40_hex_digits_and_are_listed_with_their_platforms()
    {
        using var user = await _gateway.UserAsync();
        using var signer = await _gateway.SignerAsync();
        await Pipeline.CreatePlatformAsync(user);

        var (bad, reason) = await Pipeline.SendAsync(signer, HttpMethod.Post, "sign-keys/new/", new { name = "k", keyid = "XYZ", fingerprint = Pipeline.Fingerprint });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad);
        Assert.Equal("keyid: 16 hex digits, not 'XYZ'", reason.GetProperty("detail").GetString());
        int id = await Pipeline.CreateKeyAsync(signer);
        var (changed, key) = await Pipeline.SendAsync(signer, HttpMethod.Put, $"sign-keys/{id}/", new { description = "retired", active = false });
        Assert.Equal(HttpStatusCode.OK, changed);
        Assert.False(key.GetProperty("active").GetBoolean());

        var listed = (await Pipeline.GetAsync(user, "sign-keys/"))[0];
        Assert.Equal("retired", listed.GetProperty("description").GetString());
        Assert.Equal(Pipeline.Fingerprint, listed.GetProperty("fingerprint").GetString());
        Assert.Equal(Pipeline.Platform, listed.GetProperty("platforms")[0].GetString());
    }

    private async Task<(HttpClient User, HttpClient Signer, int BuildId, int KeyId)> BuiltAsync()
    {
        var user = await _gateway.UserAsync();
        var signer = await _gateway.SignerAsync();
        await Pipeline.CreatePlatformAsync(user);
        int keyId = await Pipeline.CreateKeyAsync(signer);
        int buildId = await Pipeline.CreateBuildAsync(user);
        await Pipeline.RunBuildNodeAsync(_gateway);
        return (user, signer, buildId, keyId);
    }

    public void Dispose() => _gateway.Dispose();
}
