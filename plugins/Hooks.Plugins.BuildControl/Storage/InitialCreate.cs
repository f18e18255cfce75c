using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace Hooks.Plugins.BuildControl.Storage;

/// <summary>
/// Written by hand without column types, so it runs on SQLite and PostgreSQL alike; times are stored as numbers (see
/// <see cref="BuildControlDb"/>). Ids are integers the nodes read: SQLite numbers an INTEGER key itself, PostgreSQL is
/// given an identity after the table is made.
/// </summary>
[DbContext(typeof(BuildControlDb))]
[Migration("20261130133000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "platforms",
            columns: table => new
            {
                Id = Key(table),
                Name = table.Column<string>(nullable: false),
                Type = table.Column<string>(nullable: false),
                DistrType = table.Column<string>(nullable: true),
                DistrVersion = table.Column<string>(nullable: true),
                TestDistName = table.Column<string>(nullable: true),
                ArchList = table.Column<string>(nullable: false),
                Data = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_platforms", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_platforms_Name", table: "platforms", column: "Name", unique: true);

        migrationBuilder.CreateTable(
            name: "repositories",
            columns: table => new
            {
                Id = Key(table),
                PlatformId = table.Column<int>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Arch = table.Column<string>(nullable: false),
                Url = table.Column<string>(nullable: false),
                Type = table.Column<string>(nullable: false),
                Priority = table.Column<int>(nullable: false),
                MockEnabled = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_repositories", x => x.Id);
                table.ForeignKey("FK_repositories_platforms_PlatformId", x => x.PlatformId, "platforms", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_repositories_PlatformId", table: "repositories", column: "PlatformId");

        migrationBuilder.CreateTable(
            name: "builds",
            columns: table => new
            {
                Id = Key(table),
                CreatedAt = table.Column<long>(nullable: false),
                FinishedAt = table.Column<long>(nullable: true),
                CreatedBy = table.Column<string>(nullable: false),
                CreatedByEmail = table.Column<string>(nullable: true),
                MockOptions = table.Column<string>(nullable: true),
                LinkedBuilds = table.Column<string>(nullable: false),
                IsSecureBoot = table.Column<bool>(nullable: false),
                DeliveryId = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_builds", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_builds_DeliveryId", table: "builds", column: "DeliveryId", unique: true);

        migrationBuilder.CreateTable(
            name: "tasks",
            columns: table => new
            {
                Id = Key(table),
                BuildId = table.Column<int>(nullable: false),
                PlatformId = table.Column<int>(nullable: false),
                Index = table.Column<int>(nullable: false),
                Arch = table.Column<string>(nullable: false),
                Status = table.Column<int>(nullable: false),
                Ts = table.Column<long>(nullable: true),
                Node = table.Column<string>(nullable: true),
                NodeName = table.Column<string>(nullable: true),
                RefUrl = table.Column<string>(nullable: false),
                GitRef = table.Column<string>(nullable: true),
                RefType = table.Column<int>(nullable: false),
                GitCommitHash = table.Column<string>(nullable: true),
                MockOptions = table.Column<string>(nullable: true),
                IsSecureBoot = table.Column<bool>(nullable: false),
                BuiltSrpmUrl = table.Column<string>(nullable: true),
                SrpmHash = table.Column<string>(nullable: true),
                AlmaCommitCasHash = table.Column<string>(nullable: true),
                IsCasAuthenticated = table.Column<bool>(nullable: false),
                Error = table.Column<string>(nullable: true),
                StartedAt = table.Column<long>(nullable: true),
                FinishedAt = table.Column<long>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_tasks", x => x.Id);
                table.ForeignKey("FK_tasks_builds_BuildId", x => x.BuildId, "builds", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_tasks_platforms_PlatformId", x => x.PlatformId, "platforms", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_tasks_Unfinished", table: "tasks", column: "Id", filter: "\"Status\" < 2");
        migrationBuilder.CreateIndex(name: "IX_tasks_BuildId", table: "tasks", column: "BuildId");
        migrationBuilder.CreateIndex(name: "IX_tasks_PlatformId", table: "tasks", column: "PlatformId");

        migrationBuilder.CreateTable(
            name: "dependencies",
            columns: table => new
            {
                TaskId = table.Column<int>(nullable: false),
                DependsOnId = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_dependencies", x => new { x.TaskId, x.DependsOnId }));
        migrationBuilder.CreateIndex(name: "IX_dependencies_DependsOnId", table: "dependencies", column: "DependsOnId");

        migrationBuilder.CreateTable(
            name: "artifacts",
            columns: table => new
            {
                Id = Key(table),
                TaskId = table.Column<int>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Type = table.Column<string>(nullable: false),
                Href = table.Column<string>(nullable: false),
                Sha256 = table.Column<string>(nullable: true),
                CasHash = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_artifacts", x => x.Id);
                table.ForeignKey("FK_artifacts_tasks_TaskId", x => x.TaskId, "tasks", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_artifacts_TaskId", table: "artifacts", column: "TaskId");

        migrationBuilder.CreateTable(
            name: "ignored_pushes",
            columns: table => new
            {
                Id = Key(table),
                At = table.Column<long>(nullable: false),
                DeliveryId = table.Column<string>(nullable: false),
                Source = table.Column<string>(nullable: false),
                Repository = table.Column<string>(nullable: true),
                Ref = table.Column<string>(nullable: false),
                Reason = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ignored_pushes", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_ignored_pushes_At", table: "ignored_pushes", column: "At");

        if (migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            foreach (string table in new[] { "platforms", "repositories", "builds", "tasks", "artifacts", "ignored_pushes" })
            {
                migrationBuilder.Sql($"ALTER TABLE {table} ALTER COLUMN \"Id\" ADD GENERATED BY DEFAULT AS IDENTITY");
            }
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (string table in new[] { "ignored_pushes", "artifacts", "dependencies", "tasks", "builds", "repositories", "platforms" })
        {
            migrationBuilder.DropTable(name: table);
        }
    }

    private static OperationBuilder<AddColumnOperation> Key(ColumnsBuilder table) =>
        table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true);
}
