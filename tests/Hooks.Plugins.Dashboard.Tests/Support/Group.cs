using Hooks.Plugins.Dashboard.Tests.Patterns;

namespace Hooks.Plugins.Dashboard.Tests.Support;

/// <summary>
/// A group of the fake GitLab with a few days of nightlies: <c>alpha</c> failing the last two nights (an UndefVarError,
/// its dependencies changing), <c>beta</c> failing three nights ago with an unknown error and passing since, an
/// archived project, and push pipelines by people, which do not count.
/// </summary>
public static class Group
{
    public static void Stock(FakeGitLab gitLab)
    {
        var alpha = new FakeProject(601, "gitlab-org/alpha");
        alpha.Issues.Add((3, "UndefVarError in nightly", "nightly"));
        alpha.Issues.Add((4, "Unrelated", "bug"));
        alpha.Pipelines.Add(Nightly(8101, "success", 2, new FakeJob(81011, "Julia 1.10", "success", Logs.WithDependencies("v1.0.0", "v0.1.0"))));
        alpha.Pipelines.Add(Nightly(8102, "failed", 1,
            new FakeJob(81021, "Julia 1.10", "failed", Logs.WithDependencies("v1.1.0", "v0.1.0") + "ERROR: LoadError: UndefVarError: foo not defined\nStacktrace:\n"),
            new FakeJob(81022, "Documentation", "success", "ok\n")));
        alpha.Pipelines.Add(Nightly(8103, "failed", 0,
            new FakeJob(81031, "Julia 1.10", "failed", Logs.WithDependencies("v1.2.0", "v0.2.0") + "ERROR: LoadError: UndefVarError: foo not defined\nStacktrace:\n"),
            new FakeJob(81032, "Julia nightly", "failed", "Segmentation fault\n", AllowFailure: true),
            new FakeJob(81033, "Documentation", "success", "ok\n")));
        alpha.Pipelines.Add(new FakePipeline(8104, "failed", "ana.lima", "push", Nights.Ago(0).AddHours(3), [new FakeJob(81041, "lint", "failed", "Killed: 9\n")]));

        var beta = new FakeProject(602, "gitlab-org/beta");
        beta.Pipelines.Add(Nightly(8201, "failed", 3, new FakeJob(82011, "test", "failed", "something nobody has a pattern for\n")));
        beta.Pipelines.Add(Nightly(8202, "success", 2, new FakeJob(82021, "test", "success", "ok\n")));
        beta.Pipelines.Add(Nightly(8203, "success", 1, new FakeJob(82031, "test", "success", "ok\n")));
        beta.Pipelines.Add(Nightly(8204, "success", 0, new FakeJob(82041, "test", "success", "ok\n")));

        var gamma = new FakeProject(603, "gitlab-org/gamma");
        gamma.Pipelines.Add(Nightly(8301, "success", 0, new FakeJob(83011, "test", "success", "ok\n")));

        var archived = new FakeProject(604, "gitlab-org/old", archived: true);
        archived.Pipelines.Add(Nightly(8401, "failed", 0, new FakeJob(84011, "test", "failed", "Segmentation fault\n")));

        gitLab.Change(g => g.Projects.AddRange([alpha, beta, gamma, archived]));
    }

    private static FakePipeline Nightly(long id, string status, int daysAgo, params FakeJob[] jobs) =>
        new(id, status, DashboardGateway.NightlyUser, "schedule", Nights.Ago(daysAgo), jobs);
}
