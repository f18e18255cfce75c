using Hooks.Plugins.Badges.Tests.Support;
using Hooks.Testing;

namespace Hooks.Plugins.Badges.Tests.Flow;

/// <summary>The plugin's storage on PostgreSQL (a schema of its own), as in production.</summary>
public sealed class PostgresFacts(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Statuses_history_and_badges_work_on_postgresql()
    {
        using var gateway = new BadgesGateway();
        gateway.Settings["ConnectionStrings:Hooks"] = await postgres.Server.CreateDatabaseAsync();
        Facility.Stock(gateway.GitLab);

        await gateway.PostFixtureAsync("issue-labels-changed.json");
        await Eventually.Get(() => Task.FromResult(gateway.GitLab.BadgesNow().Length), count => count == 6, "four badges beside the two foreign ones");
        gateway.GitLab.Change(g => g.Issues[0] = g.Issues[0] with { State = "closed" });
        await gateway.PostFixtureAsync("issue-closed.json");

        // The device's row turns running with the second refresh; the history then holds its time down and its recovery.
        string page = await Eventually.Get(
            () => gateway.CreateClient().GetStringAsync($"/plugins/badges/{gateway.ProjectSlug}"),
            p => p.Contains("<tr data-device=\"Krios\" data-status=\"running\">", StringComparison.Ordinal),
            "Krios's recovery");
        Assert.Contains("<td>Krios</td><td class=\"status running\">RUNNING</td>", page);
        Assert.Contains("<td>Krios</td><td class=\"status down\">DOWN</td>", page);
    }
}
