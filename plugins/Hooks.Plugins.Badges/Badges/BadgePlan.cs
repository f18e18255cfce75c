using Hooks.Contracts.Forges.GitLab;

namespace Hooks.Plugins.Badges.Badges;

/// <summary>
/// How to bring a project's badges to the wanted ones in place. GitLab shows badges in the order they were created, so
/// the owned badges are slots in id order: slot <c>i</c> is edited to hold the <c>i</c>-th wanted badge when it differs,
/// missing slots are created at the end, and only surplus slots are deleted.
/// </summary>
public sealed record BadgePlan(IReadOnlyList<(long Id, GitLabBadgeFields Badge)> Edits, IReadOnlyList<GitLabBadgeFields> Creates, IReadOnlyList<long> Deletes, int Unchanged)
{
    public static BadgePlan For(IEnumerable<GitLabBadge> existing, IReadOnlyList<GitLabBadgeFields> wanted)
    {
        var owned = existing.Where(OwnedBadges.IsOwned).OrderBy(badge => badge.Id).ToList();
        var edits = new List<(long, GitLabBadgeFields)>();
        int unchanged = 0;
        for (int slot = 0; slot < Math.Min(owned.Count, wanted.Count); slot++)
        {
            var have = owned[slot];
            var want = wanted[slot];
            if (have.Name == want.Name && have.LinkUrl == want.LinkUrl && have.ImageUrl == want.ImageUrl)
            {
                unchanged++;
            }
            else
            {
                edits.Add((have.Id, want));
            }
        }

        return new BadgePlan(edits, [.. wanted.Skip(owned.Count)], [.. owned.Skip(wanted.Count).Select(badge => badge.Id)], unchanged);
    }

    public bool IsEmpty => Edits.Count == 0 && Creates.Count == 0 && Deletes.Count == 0;

    public async Task ApplyAsync(Hooks.Contracts.Forges.IGitLabClient api, string project, CancellationToken cancellationToken)
    {
        foreach (var (id, badge) in Edits)
        {
            await api.EditBadgeAsync(project, id, badge, cancellationToken);
        }

        foreach (var badge in Creates)
        {
            await api.CreateBadgeAsync(project, badge, cancellationToken);
        }

        foreach (long id in Deletes)
        {
            await api.DeleteBadgeAsync(project, id, cancellationToken);
        }
    }
}
