using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hooks.Plugins.PackageBuilds.Storage;

/// <summary>The plugin's own storage (schema <c>plugin_package_builds</c> on PostgreSQL, <c>plugin-package-builds.db</c> on SQLite).</summary>
public sealed class BuildsDb(DbContextOptions<BuildsDb> options) : DbContext(options)
{
    public DbSet<BuildRecord> Builds => Set<BuildRecord>();

    /// <summary>Times as numbers: SQLite compares and orders them then, as PostgreSQL does its timestamps.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<BuildRecord>(build =>
    {
        build.ToTable("builds");
        build.Property(b => b.Status).HasConversion<string>();
        build.Property(b => b.Trigger).HasConversion<string>();
        build.Ignore(b => b.Duration);
        build.Ignore(b => b.IsOver);
        build.HasIndex(b => b.CreatedAt);
        build.HasIndex(b => new { b.Repository, b.Branch, b.CreatedAt });
        build.HasIndex(b => b.Status);
        build.HasIndex(b => b.DeliveryId);
    });
}
