using Hooks.Plugins.Dashboard.Scope;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.Dashboard.Tests.View;

public sealed class ProjectScopeFacts
{
    private static readonly ProjectScope Scope = new(Options.Create(new DashboardOptions
    {
        Groups =
        [
            new GroupOptions { Source = "gitlab", Group = "invenia", Users = ["nightly-dev", "nightly-rse"], Sources = ["schedule"], ExcludeProjects = ["Old.jl"] },
            new GroupOptions { Source = "gitlab", Group = "lab", Refs = ["main"], IncludeProjects = ["lab/tools/probe"] },
        ],
    }));

    [Theory]
    [InlineData("gitlab", "invenia/BidFiles.jl", "main", "nightly-dev", "push", true)]
    [InlineData("gitlab", "invenia/BidFiles.jl", "main", "ana", "schedule", true)]
    [InlineData("gitlab", "invenia/research/GLMModels.jl", "feature", "nightly-rse", "web", true)]
    [InlineData("gitlab", "invenia/BidFiles.jl", "main", "ana", "push", false)]
    [InlineData("gitlab", "invenia/BidFiles.jl", "main", null, null, false)]
    [InlineData("gitlab", "invenia/Old.jl", "main", "nightly-dev", "schedule", false)]
    [InlineData("other", "invenia/BidFiles.jl", "main", "nightly-dev", "schedule", false)]
    [InlineData("gitlab", "inveniax/BidFiles.jl", "main", "nightly-dev", "schedule", false)]
    [InlineData("gitlab", "lab/tools/probe", "main", "ana", "push", true)]
    [InlineData("gitlab", "lab/tools/probe", "dev", "ana", "push", false)]
    [InlineData("gitlab", "lab/tools/other", "main", "ana", "push", false)]
    public void A_pipeline_counts_when_its_project_is_watched_its_ref_allowed_and_its_user_or_source_listed(
        string source, string project, string reference, string? user, string? pipelineSource, bool counts) =>
        Assert.Equal(counts, Scope.Counts(source, project, reference, user, pipelineSource));
}
