using System.Net.Http.Headers;
using Hooks.Testing;

namespace Hooks.Bench;

/// <summary>What the plugin benchmarks share: signed GitHub pushes posted to the gateway, percentiles, copying a build.</summary>
public static class BenchKit
{
    public static async Task PushAsync(Dispatch.Gateway gateway, string secret, string repository, string before, string after, string cloneUrl)
    {
        byte[] body = GitHubPush.Body(repository, "refs/heads/main", before, after, cloneUrl);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/github") { Content = content };
        request.Headers.Add("X-GitHub-Event", "push");
        request.Headers.Add("X-GitHub-Delivery", Guid.NewGuid().ToString());
        request.Headers.Add("X-Hub-Signature-256", "sha256=" + ForgeSigner.HexHmac(secret, body));
        using var response = await gateway.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    public static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    /// <summary>A plugin's build output into the benchmark's plugins folder.</summary>
    public static void CopyFolder(string from, string to)
    {
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
