using Microsoft.EntityFrameworkCore;

namespace Hooks.Fixtures.Recorder.Storage;

public sealed class RecorderDb(DbContextOptions<RecorderDb> options) : DbContext(options)
{
    public DbSet<ReceivedEvent> ReceivedEvents => Set<ReceivedEvent>();

    public DbSet<FollowUp> FollowUps => Set<FollowUp>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReceivedEvent>().ToTable("received_events");
        modelBuilder.Entity<FollowUp>().ToTable("follow_ups");
    }
}
