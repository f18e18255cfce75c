using Hooks.Contracts.Events;

namespace Hooks.Gateway.Tests.Normalisation;

/// <summary>
/// The event names each forge documents for its webhooks (the value of its event header). The coverage facts ask each
/// normaliser which of them it maps to something other than <see cref="Other"/>.
/// </summary>
internal static class DocumentedEvents
{
    public static IReadOnlyDictionary<Forge, string[]> ByForge { get; } = new Dictionary<Forge, string[]>
    {
        [Forge.GitHub] =
        [
            "branch_protection_configuration", "branch_protection_rule", "check_run", "check_suite", "code_scanning_alert", "commit_comment",
            "create", "custom_property", "custom_property_values", "delete", "dependabot_alert", "deploy_key", "deployment",
            "deployment_protection_rule", "deployment_review", "deployment_status", "discussion", "discussion_comment", "fork",
            "github_app_authorization", "gollum", "installation", "installation_repositories", "installation_target", "issue_comment",
            "issue_dependencies", "issues", "label", "marketplace_purchase", "member", "membership", "merge_group", "meta", "milestone",
            "org_block", "organization", "package", "page_build", "personal_access_token_request", "ping", "project", "project_card",
            "project_column", "projects_v2", "projects_v2_item", "projects_v2_status_update", "public", "pull_request",
            "pull_request_review", "pull_request_review_comment", "pull_request_review_thread", "push", "registry_package", "release",
            "repository", "repository_advisory", "repository_dispatch", "repository_import", "repository_ruleset",
            "repository_vulnerability_alert", "secret_scanning_alert", "secret_scanning_alert_location", "secret_scanning_scan",
            "security_advisory", "security_and_analysis", "sponsorship", "star", "status", "sub_issues", "team", "team_add", "watch",
            "workflow_dispatch", "workflow_job", "workflow_run",
        ],
        [Forge.GitLab] =
        [
            "Push Hook", "Tag Push Hook", "Issue Hook", "Confidential Issue Hook", "Note Hook", "Confidential Note Hook", "Merge Request Hook",
            "Wiki Page Hook", "Pipeline Hook", "Job Hook", "Deployment Hook", "Feature Flag Hook", "Release Hook", "Emoji Hook",
            "Resource Access Token Hook", "Member Hook", "Subgroup Hook", "Project Hook", "Milestone Hook", "Vulnerability Hook", "System Hook",
        ],
        [Forge.Gitea] =
        [
            "create", "delete", "fork", "push", "issues", "issue_comment", "pull_request", "pull_request_approved", "pull_request_rejected",
            "pull_request_comment", "wiki", "repository", "release", "package", "status", "workflow_run", "workflow_job",
        ],
        [Forge.BitbucketCloud] =
        [
            "repo:push", "repo:fork", "repo:updated", "repo:transfer", "repo:commit_comment_created", "repo:commit_status_created",
            "repo:commit_status_updated", "issue:created", "issue:updated", "issue:comment_created", "pullrequest:created",
            "pullrequest:updated", "pullrequest:changes_request_created", "pullrequest:changes_request_removed", "pullrequest:approved",
            "pullrequest:unapproved", "pullrequest:fulfilled", "pullrequest:rejected", "pullrequest:comment_created",
            "pullrequest:comment_updated", "pullrequest:comment_deleted",
        ],
        [Forge.BitbucketServer] =
        [
            "repo:refs_changed", "repo:modified", "repo:forked", "repo:comment:added", "repo:comment:edited", "repo:comment:deleted",
            "mirror:repo_synchronized", "repo:secret_detected", "project:modified", "pr:opened", "pr:from_ref_updated", "pr:modified",
            "pr:reviewer:updated", "pr:reviewer:approved", "pr:reviewer:unapproved", "pr:reviewer:needs_work", "pr:merged", "pr:declined",
            "pr:deleted", "pr:comment:added", "pr:comment:edited", "pr:comment:deleted", "diagnostics:ping",
        ],
    };
}
