using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hooks.Fixtures.Recorder.Storage;

/// <summary>
/// Written by hand without column types and with client-generated (Guid) keys, so the same migration runs on
/// SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(RecorderDb))]
[Migration("20261123000000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "received_events",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DeliveryId = table.Column<string>(nullable: false),
                EventType = table.Column<string>(nullable: false),
                Source = table.Column<string>(nullable: false),
                Repository = table.Column<string>(nullable: true),
                TraceId = table.Column<string>(nullable: true),
                ProcessId = table.Column<int>(nullable: false),
                HandledAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_received_events", x => x.Id));
        migrationBuilder.CreateTable(
            name: "follow_ups",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DeliveryId = table.Column<string>(nullable: false),
                ProcessId = table.Column<int>(nullable: false),
                Host = table.Column<string>(nullable: true),
                TraceId = table.Column<string>(nullable: true),
                RanAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_follow_ups", x => x.Id));
    }
}
