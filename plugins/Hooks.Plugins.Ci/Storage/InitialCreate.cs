using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hooks.Plugins.Ci.Storage;

/// <summary>Written by hand without column types, so it runs on SQLite and PostgreSQL alike; times are stored as numbers (see <see cref="CiDb"/>).</summary>
[DbContext(typeof(CiDb))]
[Migration("20261130130000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "builds",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false),
                Account = table.Column<string>(nullable: false),
                Repo = table.Column<string>(nullable: false),
                Source = table.Column<string>(nullable: true),
                CloneUrl = table.Column<string>(nullable: false),
                DefaultBranch = table.Column<string>(nullable: true),
                Branch = table.Column<string>(nullable: false),
                Hash = table.Column<string>(nullable: false),
                Status = table.Column<string>(nullable: false),
                SignaledBy = table.Column<string>(nullable: false),
                Queue = table.Column<string>(nullable: false),
                Config = table.Column<string>(nullable: true),
                Files = table.Column<string>(nullable: false),
                Messages = table.Column<string>(nullable: false),
                PullRequest = table.Column<long>(nullable: true),
                RequestedBy = table.Column<string>(nullable: true),
                DeliveryId = table.Column<string>(nullable: true),
                UpstreamBuildId = table.Column<long>(nullable: true),
                UpstreamAlias = table.Column<string>(nullable: true),
                Reason = table.Column<string>(nullable: true),
                QueueTime = table.Column<long>(nullable: false),
                BuildTime = table.Column<long>(nullable: true),
                FinishedAt = table.Column<long>(nullable: true),
                RunnerId = table.Column<Guid>(nullable: true),
                LeaseUntil = table.Column<long>(nullable: true),
                Attempts = table.Column<int>(nullable: false),
                KillRequested = table.Column<bool>(nullable: false),
                JobId = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_builds", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_builds_Account_Repo_Branch_Id", table: "builds", columns: ["Account", "Repo", "Branch", "Id"]);
        migrationBuilder.CreateIndex(name: "IX_builds_Hash", table: "builds", column: "Hash");
        migrationBuilder.CreateIndex(name: "IX_builds_Status", table: "builds", column: "Status");
        migrationBuilder.CreateIndex(name: "IX_builds_DeliveryId", table: "builds", column: "DeliveryId");

        migrationBuilder.CreateTable(
            name: "stages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                BuildId = table.Column<long>(nullable: false),
                Index = table.Column<int>(nullable: false),
                Stage = table.Column<string>(nullable: false),
                Status = table.Column<int>(nullable: false),
                Error = table.Column<string>(nullable: false),
                Messages = table.Column<string>(nullable: false),
                StartTime = table.Column<long>(nullable: false),
                StageDuration = table.Column<double>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_stages", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_stages_BuildId_Index", table: "stages", columns: ["BuildId", "Index"]);

        migrationBuilder.CreateTable(
            name: "ignored",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Account = table.Column<string>(nullable: false),
                Repo = table.Column<string>(nullable: false),
                Branch = table.Column<string>(nullable: false),
                Hash = table.Column<string>(nullable: false),
                SignaledBy = table.Column<string>(nullable: false),
                Reason = table.Column<string>(nullable: false),
                DeliveryId = table.Column<string>(nullable: true),
                At = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ignored", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_ignored_At", table: "ignored", column: "At");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ignored");
        migrationBuilder.DropTable(name: "stages");
        migrationBuilder.DropTable(name: "builds");
    }
}
