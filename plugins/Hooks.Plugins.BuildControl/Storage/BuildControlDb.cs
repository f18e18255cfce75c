using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hooks.Plugins.BuildControl.Storage;

/// <summary>The plugin's own storage (schema <c>plugin_build_control</c> on PostgreSQL, <c>plugin-build-control.db</c> on SQLite).</summary>
public sealed class BuildControlDb(DbContextOptions<BuildControlDb> options) : DbContext(options)
{
    public static readonly DateTimeOffsetToBinaryConverter TimeConverter = new();

    public DbSet<PlatformRecord> Platforms => Set<PlatformRecord>();

    public DbSet<RepositoryRecord> Repositories => Set<RepositoryRecord>();

    public DbSet<BuildRecord> Builds => Set<BuildRecord>();

    public DbSet<TaskRecord> Tasks => Set<TaskRecord>();

    public DbSet<DependencyRecord> Dependencies => Set<DependencyRecord>();

    public DbSet<ArtifactRecord> Artifacts => Set<ArtifactRecord>();

    public DbSet<IgnoredPushRecord> IgnoredPushes => Set<IgnoredPushRecord>();

    public bool IsPostgres => Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    /// <summary>Times as numbers: SQLite compares and orders them then, as PostgreSQL does its timestamps.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PlatformRecord>(platform =>
        {
            platform.ToTable("platforms");
            platform.HasIndex(p => p.Name).IsUnique();
            platform.HasMany(p => p.Repositories).WithOne().HasForeignKey(r => r.PlatformId);
        });
        modelBuilder.Entity<RepositoryRecord>().ToTable("repositories");
        modelBuilder.Entity<BuildRecord>(build =>
        {
            build.ToTable("builds");
            build.HasIndex(b => b.DeliveryId).IsUnique();
            build.HasMany(b => b.Tasks).WithOne().HasForeignKey(t => t.BuildId);
        });
        modelBuilder.Entity<TaskRecord>(task =>
        {
            task.ToTable("tasks");
            task.Property(t => t.Status).HasConversion<int>();
            task.Property(t => t.RefType).HasConversion<int>();
            task.HasOne(t => t.Platform).WithMany().HasForeignKey(t => t.PlatformId);
            task.HasMany(t => t.Artifacts).WithOne().HasForeignKey(a => a.TaskId);
            // get_task walks the unfinished tasks in id order: finished ones, the bulk of the table, are not in it.
            task.HasIndex(t => t.Id, "IX_tasks_Unfinished").HasFilter("\"Status\" < 2");
            task.HasIndex(t => t.BuildId);
        });
        modelBuilder.Entity<DependencyRecord>(dependency =>
        {
            dependency.ToTable("dependencies");
            dependency.HasKey(d => new { d.TaskId, d.DependsOnId });
            dependency.HasIndex(d => d.DependsOnId);
        });
        modelBuilder.Entity<ArtifactRecord>().ToTable("artifacts");
        modelBuilder.Entity<IgnoredPushRecord>(ignored =>
        {
            ignored.ToTable("ignored_pushes");
            ignored.HasIndex(i => i.At);
        });
    }
}
