using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hooks.Plugins.Dashboard.Storage;

/// <summary>Written by hand without column types and with client-generated keys, so it runs on SQLite and PostgreSQL alike.</summary>
[DbContext(typeof(DashboardDb))]
[Migration("20261130120000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "projects",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Source = table.Column<string>(nullable: false),
                Path = table.Column<string>(nullable: false),
                ForgeId = table.Column<string>(nullable: true),
                WebUrl = table.Column<string>(nullable: true),
                Issues = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_projects", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_projects_Source_Path", table: "projects", columns: ["Source", "Path"], unique: true);
        migrationBuilder.CreateTable(
            name: "pipelines",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Source = table.Column<string>(nullable: false),
                ProjectPath = table.Column<string>(nullable: false),
                PipelineId = table.Column<long>(nullable: false),
                Ref = table.Column<string>(nullable: true),
                Sha = table.Column<string>(nullable: true),
                Trigger = table.Column<string>(nullable: true),
                User = table.Column<string>(nullable: true),
                Status = table.Column<string>(nullable: false),
                CreatedMs = table.Column<long>(nullable: true),
                FinishedMs = table.Column<long>(nullable: true),
                WebUrl = table.Column<string>(nullable: true),
                JobsListed = table.Column<bool>(nullable: false),
                UpdatedMs = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_pipelines", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_pipelines_Source_PipelineId", table: "pipelines", columns: ["Source", "PipelineId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_pipelines_CreatedMs", table: "pipelines", column: "CreatedMs");
        migrationBuilder.CreateIndex(name: "IX_pipelines_UpdatedMs", table: "pipelines", column: "UpdatedMs");
        migrationBuilder.CreateTable(
            name: "jobs",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Source = table.Column<string>(nullable: false),
                ProjectPath = table.Column<string>(nullable: false),
                JobId = table.Column<long>(nullable: false),
                PipelineId = table.Column<long>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Stage = table.Column<string>(nullable: true),
                Status = table.Column<string>(nullable: false),
                AllowFailure = table.Column<bool>(nullable: false),
                FailureReason = table.Column<string>(nullable: true),
                RunnerId = table.Column<long>(nullable: true),
                RunnerDescription = table.Column<string>(nullable: true),
                StartedMs = table.Column<long>(nullable: true),
                FinishedMs = table.Column<long>(nullable: true),
                WebUrl = table.Column<string>(nullable: true),
                Log = table.Column<int>(nullable: false),
                Errors = table.Column<string>(nullable: true),
                Dependencies = table.Column<string>(nullable: true),
                Problems = table.Column<string>(nullable: true),
                UpdatedMs = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_jobs", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_jobs_Source_JobId", table: "jobs", columns: ["Source", "JobId"], unique: true);
        migrationBuilder.CreateIndex(name: "IX_jobs_Source_PipelineId", table: "jobs", columns: ["Source", "PipelineId"]);
        migrationBuilder.CreateIndex(name: "IX_jobs_UpdatedMs", table: "jobs", column: "UpdatedMs");
    }
}
