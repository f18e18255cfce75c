using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hooks.Bench.Plugin;

[DbContext(typeof(BenchDb))]
[Migration("20261130000000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateTable(
        name: "handled",
        columns: table => new
        {
            Id = table.Column<Guid>(nullable: false),
            DeliveryId = table.Column<string>(nullable: false),
            ReceivedAt = table.Column<DateTimeOffset>(nullable: false),
            HandledAt = table.Column<DateTimeOffset>(nullable: false),
        },
        constraints: table => table.PrimaryKey("PK_handled", x => x.Id));
}
