using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hooks.Plugins.Ci.Storage;

/// <summary>The plugin's storage (schema <c>plugin_ci</c> on PostgreSQL, <c>plugin-ci.db</c> on SQLite).</summary>
public sealed class CiDb(DbContextOptions<CiDb> options) : DbContext(options)
{
    private static readonly ValueConverter<List<string>, string> AsJson = new(
        list => JsonSerializer.Serialize(list, JsonSerializerOptions.Default),
        json => JsonSerializer.Deserialize<List<string>>(json, JsonSerializerOptions.Default) ?? new List<string>());

    private static readonly ValueComparer<List<string>> ByItems = new(
        (a, b) => a!.SequenceEqual(b!),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        list => list.ToList());

    public DbSet<CiBuild> Builds => Set<CiBuild>();

    public DbSet<CiStage> Stages => Set<CiStage>();

    public DbSet<IgnoredPush> Ignored => Set<IgnoredPush>();

    /// <summary>Times as numbers: SQLite compares and orders them then, as PostgreSQL does its timestamps.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CiBuild>(build =>
        {
            build.ToTable("builds");
            build.Property(b => b.Id).ValueGeneratedNever();
            build.Property(b => b.Status).HasConversion<string>();
            build.Property(b => b.SignaledBy).HasConversion<string>();
            build.Property(b => b.Files).HasConversion(AsJson, ByItems);
            build.Property(b => b.Messages).HasConversion(AsJson, ByItems);
            build.Ignore(b => b.AcctRepo);
            build.Ignore(b => b.Failed);
            build.Ignore(b => b.IsOver);
            build.Ignore(b => b.Duration);
            build.HasIndex(b => new { b.Account, b.Repo, b.Branch, b.Id });
            build.HasIndex(b => b.Hash);
            build.HasIndex(b => b.Status);
            build.HasIndex(b => b.DeliveryId);
        });
        modelBuilder.Entity<CiStage>(stage =>
        {
            stage.ToTable("stages");
            stage.Property(s => s.Messages).HasConversion(AsJson, ByItems);
            stage.HasIndex(s => new { s.BuildId, s.Index });
        });
        modelBuilder.Entity<IgnoredPush>(ignored =>
        {
            ignored.ToTable("ignored");
            ignored.Property(i => i.SignaledBy).HasConversion<string>();
            ignored.HasIndex(i => i.At);
        });
    }
}
