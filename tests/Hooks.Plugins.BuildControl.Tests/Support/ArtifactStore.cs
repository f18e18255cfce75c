using System.Security.Cryptography;
using System.Text;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Hooks.Plugins.BuildControl.Tests.Support;

/// <summary>Where artifacts are downloaded from (Pulp, as far as releases see it): each href serves the bytes put there.</summary>
public sealed class ArtifactStore : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    /// <summary>For <c>ArtifactBaseUrl</c>: relative hrefs (<c>/pulp/api/v3/...</c>) resolve against it.</summary>
    public string BaseUrl => _server.Url! + "/pulp/content/";

    /// <summary>Serves <paramref name="content"/> at <paramref name="href"/>; its sha256 in hex.</summary>
    public string Put(string href, string content)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(content);
        _server.Given(Request.Create().WithPath(href).UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBody(bytes));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public void Dispose() => _server.Dispose();
}
