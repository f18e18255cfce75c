using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hooks.Plugins.PackageBuilds.Storage;

/// <summary>Written by hand without column types, so it runs on SQLite and PostgreSQL alike; times are stored as numbers (see <see cref="BuildsDb"/>).</summary>
[DbContext(typeof(BuildsDb))]
[Migration("20261130120000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "builds",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Repository = table.Column<string>(nullable: false),
                FullName = table.Column<string>(nullable: true),
                Branch = table.Column<string>(nullable: true),
                Ref = table.Column<string>(nullable: false),
                Commit = table.Column<string>(nullable: true),
                Trigger = table.Column<string>(nullable: false),
                BootstrapCommit = table.Column<string>(nullable: true),
                RequestedBy = table.Column<string>(nullable: true),
                PusherName = table.Column<string>(nullable: true),
                PusherEmail = table.Column<string>(nullable: true),
                DeliveryId = table.Column<string>(nullable: true),
                Status = table.Column<string>(nullable: false),
                Reason = table.Column<string>(nullable: true),
                ExitCode = table.Column<int>(nullable: true),
                CreatedAt = table.Column<long>(nullable: false),
                StartedAt = table.Column<long>(nullable: true),
                FinishedAt = table.Column<long>(nullable: true),
                RunnerId = table.Column<Guid>(nullable: true),
                LeaseUntil = table.Column<long>(nullable: true),
                Attempts = table.Column<int>(nullable: false),
                CancelRequested = table.Column<bool>(nullable: false),
                JobId = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_builds", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_builds_CreatedAt", table: "builds", column: "CreatedAt");
        migrationBuilder.CreateIndex(name: "IX_builds_Repository_Branch_CreatedAt", table: "builds", columns: ["Repository", "Branch", "CreatedAt"]);
        migrationBuilder.CreateIndex(name: "IX_builds_Status", table: "builds", column: "Status");
        migrationBuilder.CreateIndex(name: "IX_builds_DeliveryId", table: "builds", column: "DeliveryId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "builds");
}
