using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hooks.Gateway.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Hooks.Gateway.Tests.Auth;

/// <summary>API tokens: created by the admin with scopes a plugin declared, shown once, stored hashed, revocable.</summary>
public sealed class TokenFacts(PluginGatewayFactory gateway) : IClassFixture<PluginGatewayFactory>
{
    [Fact]
    public async Task Created_token_is_answered_once_with_its_scopes_and_listed_without_its_value()
    {
        var admin = gateway.CreateAdminClient();

        var created = await admin.PostAsJsonAsync("/api/tokens", new { name = "node-1", scopes = new[] { "recorder-node" } });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var listed = await admin.GetFromJsonAsync<JsonElement[]>("/api/tokens");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("node-1", body.GetProperty("name").GetString());
        Assert.Equal(["recorder-node"], body.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        string token = body.GetProperty("token").GetString()!;
        Assert.StartsWith("hks_", token, StringComparison.Ordinal);
        var row = Assert.Single(listed!, t => t.GetProperty("name").GetString() == "node-1");
        Assert.False(row.TryGetProperty("token", out _));
        Assert.DoesNotContain(token, JsonSerializer.Serialize(listed), StringComparison.Ordinal);
        Assert.DoesNotContain(token, await StoredTokensAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_reaches_the_endpoints_of_its_scope_only_and_not_the_admin_api()
    {
        string node = await CreateAsync("node-2", "recorder-node");
        string reader = await CreateAsync("reader-1", "recorder-reader");

        Assert.Equal(HttpStatusCode.OK, (await Client(node).GetAsync("/plugins/recorder/node")).StatusCode);
        Assert.Equal("node-2", await Client(node).GetFromJsonAsync<string>("/plugins/recorder/node"));
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(reader).GetAsync("/plugins/recorder/node")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await gateway.CreateClient().GetAsync("/plugins/recorder/node")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(node).GetAsync("/api/plugins")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await gateway.CreateAdminClient().GetAsync("/plugins/recorder/node")).StatusCode);
    }

    [Fact]
    public async Task Revoked_token_is_refused_at_once_and_last_use_is_recorded()
    {
        var admin = gateway.CreateAdminClient();
        string token = await CreateAsync("node-3", "recorder-node");
        Assert.Equal(HttpStatusCode.OK, (await Client(token).GetAsync("/plugins/recorder/node")).StatusCode);
        var row = (await admin.GetFromJsonAsync<JsonElement[]>("/api/tokens"))!.Single(t => t.GetProperty("name").GetString() == "node-3");
        Assert.Equal(JsonValueKind.String, row.GetProperty("lastUsedAt").ValueKind);

        var revoked = await admin.DeleteAsync($"/api/tokens/{row.GetProperty("id").GetString()}");

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client(token).GetAsync("/plugins/recorder/node")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/tokens/{row.GetProperty("id").GetString()}")).StatusCode);
    }

    [Theory]
    [InlineData("{\"name\": \"x\", \"scopes\": [\"nope\"]}", HttpStatusCode.BadRequest, "unknown scope 'nope'")]
    [InlineData("{\"name\": \"x\", \"scopes\": []}", HttpStatusCode.BadRequest, "at least one scope")]
    [InlineData("{\"scopes\": [\"recorder-node\"]}", HttpStatusCode.BadRequest, "needs a name")]
    public async Task Bad_token_request_is_refused_with_what_is_wrong(string request, HttpStatusCode status, string message)
    {
        using var content = new StringContent(request, System.Text.Encoding.UTF8, "application/json");

        var response = await gateway.CreateAdminClient().PostAsync("/api/tokens", content);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, (await Json.ReadAsync(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Second_token_of_the_same_name_is_a_conflict_and_tokens_need_the_admin()
    {
        await CreateAsync("twice", "recorder-node");

        var again = await gateway.CreateAdminClient().PostAsJsonAsync("/api/tokens", new { name = "twice", scopes = new[] { "recorder-node" } });
        var anonymous = await gateway.CreateClient().PostAsJsonAsync("/api/tokens", new { name = "sneaky", scopes = new[] { "recorder-node" } });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Plugins_api_lists_each_plugins_token_scopes()
    {
        var plugins = await gateway.CreateAdminClient().GetFromJsonAsync<JsonElement[]>("/api/plugins");

        var recorder = plugins!.Single(p => p.GetProperty("id").GetString() == "recorder");
        Assert.Equal(["recorder-node", "recorder-reader"], recorder.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
    }

    private async Task<string> CreateAsync(string name, string scope)
    {
        var response = await gateway.CreateAdminClient().PostAsJsonAsync("/api/tokens", new { name, scopes = new[] { scope } });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private HttpClient Client(string token)
    {
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    private async Task<string> StoredTokensAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(gateway.DataDirectory, "hooks.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(id || name || scopes || hash, ';') FROM hooks_tokens";
        return (await command.ExecuteScalarAsync())?.ToString() ?? "";
    }
}
