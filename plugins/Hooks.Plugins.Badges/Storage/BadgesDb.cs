using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.Badges.Storage;

/// <summary>The plugin's own storage (schema <c>plugin_badges</c> on PostgreSQL, <c>plugin-badges.db</c> on SQLite).</summary>
public sealed class BadgesDb(DbContextOptions<BadgesDb> options) : DbContext(options)
{
    public DbSet<TrackedProject> Projects => Set<TrackedProject>();

    public DbSet<TrackedDevice> Devices => Set<TrackedDevice>();

    public DbSet<OpenIssue> OpenIssues => Set<OpenIssue>();

    public DbSet<StatusChange> StatusChanges => Set<StatusChange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TrackedProject>(project =>
        {
            project.ToTable("projects");
            project.HasKey(p => p.Key);
        });
        modelBuilder.Entity<TrackedDevice>(device =>
        {
            device.ToTable("devices");
            device.Ignore(d => d.IssueNumbers);
            device.HasIndex(d => new { d.ProjectKey, d.Label }).IsUnique();
        });
        modelBuilder.Entity<OpenIssue>(issue =>
        {
            issue.ToTable("open_issues");
            issue.HasIndex(i => new { i.ProjectKey, i.Iid }).IsUnique();
        });
        modelBuilder.Entity<StatusChange>(change =>
        {
            change.ToTable("status_changes");
            change.HasIndex(c => new { c.ProjectKey, c.Label });
        });
    }
}
