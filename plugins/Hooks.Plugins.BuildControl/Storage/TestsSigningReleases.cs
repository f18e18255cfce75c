using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace Hooks.Plugins.BuildControl.Storage;

/// <summary>Test tasks, sign keys and tasks, distributions and releases; written by hand as <see cref="InitialCreate"/> is.</summary>
[DbContext(typeof(BuildControlDb))]
[Migration("20261130160000_TestsSigningReleases")]
public sealed class TestsSigningReleases : Migration
{
    private static readonly string[] Keyed = ["test_tasks", "sign_keys", "sign_tasks", "distributions", "releases"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>(name: "SkipTests", table: "builds", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<bool>(name: "IsSigned", table: "builds", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<int>(name: "ReleaseId", table: "builds", nullable: true);
        migrationBuilder.AddColumn<int>(name: "SignKeyId", table: "artifacts", nullable: true);
        migrationBuilder.AddColumn<string>(name: "Fingerprint", table: "artifacts", nullable: true);
        migrationBuilder.AddColumn<bool>(name: "Production", table: "repositories", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<bool>(name: "Debug", table: "repositories", nullable: false, defaultValue: false);

        migrationBuilder.CreateTable(
            name: "test_tasks",
            columns: table => new
            {
                Id = Key(table),
                BuildTaskId = table.Column<int>(nullable: false),
                PackageName = table.Column<string>(nullable: false),
                PackageVersion = table.Column<string>(nullable: false),
                PackageRelease = table.Column<string>(nullable: true),
                EnvArch = table.Column<string>(nullable: false),
                Revision = table.Column<int>(nullable: false),
                Status = table.Column<int>(nullable: false),
                ScheduledAt = table.Column<long>(nullable: true),
                FinishedAt = table.Column<long>(nullable: true),
                Result = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_test_tasks", x => x.Id);
                table.ForeignKey("FK_test_tasks_tasks_BuildTaskId", x => x.BuildTaskId, "tasks", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_test_tasks_BuildTaskId", table: "test_tasks", column: "BuildTaskId");
        migrationBuilder.CreateIndex(name: "IX_test_tasks_Waiting", table: "test_tasks", column: "Id", filter: "\"Status\" < 3");

        migrationBuilder.CreateTable(
            name: "sign_keys",
            columns: table => new
            {
                Id = Key(table),
                Name = table.Column<string>(nullable: false),
                Description = table.Column<string>(nullable: true),
                KeyId = table.Column<string>(nullable: false),
                Fingerprint = table.Column<string>(nullable: false),
                PublicUrl = table.Column<string>(nullable: true),
                Active = table.Column<bool>(nullable: false),
                Inserted = table.Column<long>(nullable: false),
                PlatformIds = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_sign_keys", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_sign_keys_KeyId", table: "sign_keys", column: "KeyId", unique: true);
        migrationBuilder.CreateIndex(name: "IX_sign_keys_Fingerprint", table: "sign_keys", column: "Fingerprint", unique: true);

        migrationBuilder.CreateTable(
            name: "sign_tasks",
            columns: table => new
            {
                Id = Key(table),
                BuildId = table.Column<int>(nullable: false),
                SignKeyId = table.Column<int>(nullable: false),
                Status = table.Column<int>(nullable: false),
                LeaseUntil = table.Column<long>(nullable: true),
                Node = table.Column<string>(nullable: true),
                NodeName = table.Column<string>(nullable: true),
                ErrorMessage = table.Column<string>(nullable: true),
                LogHref = table.Column<string>(nullable: true),
                CreatedAt = table.Column<long>(nullable: false),
                StartedAt = table.Column<long>(nullable: true),
                FinishedAt = table.Column<long>(nullable: true),
                Stats = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_sign_tasks", x => x.Id);
                table.ForeignKey("FK_sign_tasks_builds_BuildId", x => x.BuildId, "builds", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_sign_tasks_sign_keys_SignKeyId", x => x.SignKeyId, "sign_keys", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_sign_tasks_BuildId", table: "sign_tasks", column: "BuildId");
        migrationBuilder.CreateIndex(name: "IX_sign_tasks_SignKeyId", table: "sign_tasks", column: "SignKeyId");

        migrationBuilder.CreateTable(
            name: "distributions",
            columns: table => new
            {
                Id = Key(table),
                Name = table.Column<string>(nullable: false),
                Platforms = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_distributions", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_distributions_Name", table: "distributions", column: "Name", unique: true);

        migrationBuilder.CreateTable(
            name: "distribution_builds",
            columns: table => new
            {
                DistributionId = table.Column<int>(nullable: false),
                BuildId = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_distribution_builds", x => new { x.DistributionId, x.BuildId }));

        migrationBuilder.CreateTable(
            name: "releases",
            columns: table => new
            {
                Id = Key(table),
                Status = table.Column<int>(nullable: false),
                PlatformId = table.Column<int>(nullable: false),
                BuildIds = table.Column<string>(nullable: false),
                BuildTaskIds = table.Column<string>(nullable: true),
                Plan = table.Column<string>(nullable: false),
                CreatedBy = table.Column<string>(nullable: false),
                CreatedAt = table.Column<long>(nullable: false),
                FinishedAt = table.Column<long>(nullable: true),
                Action = table.Column<int>(nullable: true),
                JobId = table.Column<string>(nullable: true),
                Error = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_releases", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_releases_Status", table: "releases", column: "Status");

        if (migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            foreach (string table in Keyed)
            {
                migrationBuilder.Sql($"ALTER TABLE {table} ALTER COLUMN \"Id\" ADD GENERATED BY DEFAULT AS IDENTITY");
            }
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (string table in new[] { "releases", "distribution_builds", "distributions", "sign_tasks", "sign_keys", "test_tasks" })
        {
            migrationBuilder.DropTable(name: table);
        }

        migrationBuilder.DropColumn(name: "Debug", table: "repositories");
        migrationBuilder.DropColumn(name: "Production", table: "repositories");
        migrationBuilder.DropColumn(name: "Fingerprint", table: "artifacts");
        migrationBuilder.DropColumn(name: "SignKeyId", table: "artifacts");
        migrationBuilder.DropColumn(name: "ReleaseId", table: "builds");
        migrationBuilder.DropColumn(name: "IsSigned", table: "builds");
        migrationBuilder.DropColumn(name: "SkipTests", table: "builds");
    }

    private static OperationBuilder<AddColumnOperation> Key(ColumnsBuilder table) =>
        table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true);
}
