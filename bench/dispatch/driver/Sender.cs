using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Hooks.Bench.Dispatch;

/// <summary>Posts signed GitHub <c>issues</c> deliveries, each with a delivery id of its own: as fast as it can, or at a steady rate.</summary>
public sealed class Sender(HttpClient client, string secret)
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""
        {"action":"opened","issue":{"id":1001,"number":7,"title":"The build fails on arm64","state":"open","labels":[{"id":1,"name":"bug"}],
        "user":{"login":"octocat","id":1},"created_at":"2026-11-30T10:00:00Z","updated_at":"2026-11-30T10:00:00Z",
        "html_url":"https://github.com/octo/hello/issues/7","body":"It fails at the link step."},
        "repository":{"id":42,"name":"hello","full_name":"octo/hello","html_url":"https://github.com/octo/hello",
        "clone_url":"https://github.com/octo/hello.git","default_branch":"main","owner":{"login":"octo","id":2}},
        "sender":{"login":"octocat","id":1}}
        """);

    public static int BodyLength => Body.Length;

    private readonly string _signature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Body));

    /// <summary>Sends <paramref name="count"/> deliveries from <paramref name="senders"/> concurrent senders; returns how long it took.</summary>
    public async Task<TimeSpan> BurstAsync(int count, int senders)
    {
        int next = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, senders).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= count)
            {
                await PostAsync();
            }
        }));
        return watch.Elapsed;
    }

    /// <summary>Sends <paramref name="perSecond"/> deliveries a second for <paramref name="duration"/>.</summary>
    public async Task<int> SteadyAsync(int perSecond, TimeSpan duration)
    {
        int total = (int)(perSecond * duration.TotalSeconds);
        var watch = Stopwatch.StartNew();
        var inFlight = new List<Task>(total);
        for (int i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            if (due > watch.Elapsed)
            {
                await Task.Delay(due - watch.Elapsed);
            }

            inFlight.Add(PostAsync());
        }

        await Task.WhenAll(inFlight);
        return total;
    }

    private async Task PostAsync()
    {
        using var content = new ByteArrayContent(Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/github") { Content = content };
        request.Headers.Add("X-GitHub-Event", "issues");
        request.Headers.Add("X-GitHub-Delivery", Guid.NewGuid().ToString());
        request.Headers.Add("X-Hub-Signature-256", _signature);
        using var response = await client.SendAsync(request);
        if ((int)response.StatusCode != 202)
        {
            throw new InvalidOperationException($"the gateway answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
