using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hooks.Testing;

/// <summary>The real gateway in memory, on its embedded store in a folder of its own, with one source per forge.</summary>
public class GatewayFactory : WebApplicationFactory<Program>
{
    public const string Secret = "It's a Secret to Everybody";

    public const string AdminToken = "admin-token-for-tests";

    /// <summary>A GitLab signing token: <c>whsec_</c> and 32 random bytes in base64, as GitLab makes them.</summary>
    public static readonly string SigningToken = "whsec_" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    private readonly TempDirectory _ownData = new("hooks-gateway");

    public GatewayFactory() => DataDirectory = _ownData.Path;

    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Hooks:Sources:github:Forge"] = "GitHub",
        ["Hooks:Sources:github:Secret"] = Secret,
        ["Hooks:Sources:gitlab:Forge"] = "gitlab",
        ["Hooks:Sources:gitlab:Secret"] = Secret,
        ["Hooks:Sources:gitlab-signed:Forge"] = "GitLab",
        ["Hooks:Sources:gitlab-signed:SigningToken"] = SigningToken,
        ["Hooks:Sources:gitea:Forge"] = "Gitea",
        ["Hooks:Sources:gitea:Secret"] = Secret,
        ["Hooks:Sources:bitbucket:Forge"] = "BitbucketCloud",
        ["Hooks:Sources:bitbucket:Secret"] = Secret,
        ["Hooks:Sources:bitbucket-server:Forge"] = "BitbucketServer",
        ["Hooks:Sources:bitbucket-server:Secret"] = Secret,
        ["Hooks:Sources:open:Forge"] = "GitHub",
        ["Hooks:Sources:open:AllowUnsigned"] = "true",
        ["Hooks:Sources:nosecret:Forge"] = "GitHub",
        ["Hooks:AdminToken"] = AdminToken,
        ["Hooks:Plugins:Directory"] = Path.Combine(Path.GetTempPath(), "hooks-no-plugins"),
        ["Hooks:Dispatch:RetryDelaysSeconds:0"] = "1",
        ["Hooks:Dispatch:RetryDelaysSeconds:1"] = "1",
        ["Hooks:Dispatch:RetryDelaysSeconds:2"] = "1",
        ["Hooks:Dispatch:MaxAttempts"] = "4",
    };

    /// <summary>Set it, before the first request, to start a gateway again on another's store.</summary>
    public string DataDirectory { get; set; }

    public async Task<HttpResponseMessage> PostAsync(string source, byte[] body, IReadOnlyDictionary<string, string> headers, string contentType = "application/json")
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/hooks/{source}") { Content = content };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await CreateClient().SendAsync(request);
    }

    /// <summary>A client that passes the admin gate (the test server has no loopback address).</summary>
    public HttpClient CreateAdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Hooks:DataDirectory", DataDirectory);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _ownData.Dispose();
        }
    }
}
