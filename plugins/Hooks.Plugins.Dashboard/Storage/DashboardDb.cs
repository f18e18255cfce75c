using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.Dashboard.Storage;

/// <summary>The plugin's own storage (schema <c>plugin_dashboard</c> on PostgreSQL, <c>plugin-dashboard.db</c> on SQLite).</summary>
public sealed class DashboardDb(DbContextOptions<DashboardDb> options) : DbContext(options)
{
    public DbSet<StoredProject> Projects => Set<StoredProject>();

    public DbSet<StoredPipeline> Pipelines => Set<StoredPipeline>();

    public DbSet<StoredJob> Jobs => Set<StoredJob>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StoredProject>(project =>
        {
            project.ToTable("projects");
            project.HasIndex(p => new { p.Source, p.Path }).IsUnique();
        });
        modelBuilder.Entity<StoredPipeline>(pipeline =>
        {
            pipeline.ToTable("pipelines");
            pipeline.HasIndex(p => new { p.Source, p.PipelineId }).IsUnique();
            pipeline.HasIndex(p => p.CreatedMs);
            pipeline.HasIndex(p => p.UpdatedMs);
        });
        modelBuilder.Entity<StoredJob>(job =>
        {
            job.ToTable("jobs");
            job.Property(j => j.Log).HasConversion<int>();
            job.HasIndex(j => new { j.Source, j.JobId }).IsUnique();
            job.HasIndex(j => new { j.Source, j.PipelineId });
            job.HasIndex(j => j.UpdatedMs);
        });
    }
}
