using Microsoft.EntityFrameworkCore;

namespace Hooks.Bench.Plugin;

public sealed class BenchDb(DbContextOptions<BenchDb> options) : DbContext(options)
{
    public DbSet<HandledEvent> Handled => Set<HandledEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<HandledEvent>().ToTable("handled");
}
