using Hooks.Plugins.Badges.Tests.Support;
using Hooks.Testing;

namespace Hooks.Plugins.Badges.Tests.Flow;

/// <summary>The own corpus's GitLab issue and note deliveries reach the plugin; those about the configured project's issues refresh it.</summary>
public sealed class FixtureDeliveryFacts(FixtureDeliveryFacts.Gateway gateway) : IClassFixture<FixtureDeliveryFacts.Gateway>
{
    public static TheoryData<string, bool> Deliveries => new()
    {
        { "issue-opened.json", true },
        { "issue-closed.json", true },
        { "issue-reopened.json", true },
        { "issue-updated.json", true },
        { "issue-labels-changed.json", true },
        { "issue-confidential-opened.json", true },
        { "note-issue.json", true },
        { "note-confidential-issue.json", true },
        { "issue-labels-changed-other-project.json", false },
        { "note-merge_request.json", false },
        { "note-commit.json", false },
    };

    [Theory]
    [MemberData(nameof(Deliveries))]
    public async Task Issue_activity_in_the_configured_project_asks_for_a_refresh(string file, bool refreshes)
    {
        int before = ProjectReads();

        await gateway.HandledAsync(await gateway.PostFixtureAsync(file));

        if (refreshes)
        {
            await Eventually.Get(() => Task.FromResult(ProjectReads()), reads => reads > before, $"{file} to refresh the project");
        }
        else
        {
            await gateway.QuietAsync();
            Assert.Equal(before, ProjectReads());
        }
    }

    private int ProjectReads() => gateway.GitLab.Calls.Count(call => call.Method == "GET" && call.Path.EndsWith("/hello-world", StringComparison.Ordinal));

    public sealed class Gateway : BadgesGateway
    {
        public Gateway() => Facility.Stock(GitLab);
    }
}
