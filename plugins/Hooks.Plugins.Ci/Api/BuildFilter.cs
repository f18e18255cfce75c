using Hooks.Plugins.Ci.Storage;

namespace Hooks.Plugins.Ci.Api;

/// <summary>The history's filters (<c>v1/builds</c> and the builds page): repository (<c>account/repo</c>), branch, status, time, page.</summary>
public sealed record BuildFilter(string? Repository, string? Branch, string? Status, DateTimeOffset? Since, DateTimeOffset? Until, int? Page, int? PageSize)
{
    public string? Problem() => Status is { Length: > 0 } && !Names.TryParse<BuildStatus>(Status, out _)
        ? $"status '{Status}' is none of {string.Join(", ", Enum.GetValues<BuildStatus>().Select(Names.Of))}"
        : null;

    public IQueryable<CiBuild> Apply(IQueryable<CiBuild> builds)
    {
        if (Repository is { Length: > 0 })
        {
            var (account, repo) = Queueing.BuildRequest.Split(Repository);
            builds = account.Length > 0 ? builds.Where(b => b.Account == account && b.Repo == repo) : builds.Where(b => b.Repo == repo);
        }

        if (Branch is { Length: > 0 })
        {
            builds = builds.Where(b => b.Branch == Branch);
        }

        if (Names.TryParse<BuildStatus>(Status, out var status))
        {
            builds = builds.Where(b => b.Status == status);
        }

        if (Since is { } since)
        {
            builds = builds.Where(b => b.QueueTime >= since);
        }

        if (Until is { } until)
        {
            builds = builds.Where(b => b.QueueTime < until);
        }

        return builds;
    }
}
