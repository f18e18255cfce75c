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

    public DbSet<TestTaskRecord> TestTasks => Set<TestTaskRecord>();

    public DbSet<SignKeyRecord> SignKeys => Set<SignKeyRecord>();

    public DbSet<SignTaskRecord> SignTasks => Set<SignTaskRecord>();

    public DbSet<DistributionRecord> Distributions => Set<DistributionRecord>();

    public DbSet<DistributionBuildRecord> DistributionBuilds => Set<DistributionBuildRecord>();

    public DbSet<ReleaseRecord> Releases => Set<ReleaseRecord>();

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
        modelBuilder.Entity<TestTaskRecord>(test =>
        {
            test.ToTable("test_tasks");
            test.Property(t => t.Status).HasConversion<int>();
            test.HasIndex(t => t.BuildTaskId);
            test.HasIndex(t => t.Id, "IX_test_tasks_Waiting").HasFilter("\"Status\" < 3");
        });
        modelBuilder.Entity<SignKeyRecord>(key =>
        {
            key.ToTable("sign_keys");
            key.HasIndex(k => k.KeyId).IsUnique();
            key.HasIndex(k => k.Fingerprint).IsUnique();
        });
        modelBuilder.Entity<SignTaskRecord>(sign =>
        {
            sign.ToTable("sign_tasks");
            sign.Property(t => t.Status).HasConversion<int>();
            sign.HasOne(t => t.SignKey).WithMany().HasForeignKey(t => t.SignKeyId);
            sign.HasIndex(t => t.BuildId);
        });
        modelBuilder.Entity<DistributionRecord>(distribution =>
        {
            distribution.ToTable("distributions");
            distribution.HasIndex(d => d.Name).IsUnique();
        });
        modelBuilder.Entity<DistributionBuildRecord>(member =>
        {
            member.ToTable("distribution_builds");
            member.HasKey(m => new { m.DistributionId, m.BuildId });
        });
        modelBuilder.Entity<ReleaseRecord>(release =>
        {
            release.ToTable("releases");
            release.Property(r => r.Status).HasConversion<int>();
            release.Property(r => r.Action).HasConversion<int?>();
            release.HasIndex(r => r.Status);
        });
    }
}
