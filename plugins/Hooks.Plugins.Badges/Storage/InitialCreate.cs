using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hooks.Plugins.Badges.Storage;

/// <summary>Written by hand without column types and with client-generated keys, so it runs on SQLite and PostgreSQL alike.</summary>
[DbContext(typeof(BadgesDb))]
[Migration("20261123120000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "projects",
            columns: table => new
            {
                Key = table.Column<string>(nullable: false),
                GitLabId = table.Column<long>(nullable: true),
                Path = table.Column<string>(nullable: true),
                WebUrl = table.Column<string>(nullable: true),
                RefreshedAt = table.Column<DateTimeOffset>(nullable: true),
                LastError = table.Column<string>(nullable: true),
                LastErrorAt = table.Column<DateTimeOffset>(nullable: true),
                PendingJobId = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_projects", x => x.Key));
        migrationBuilder.CreateTable(
            name: "devices",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProjectKey = table.Column<string>(nullable: false),
                Label = table.Column<string>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Colour = table.Column<string>(nullable: false),
                Status = table.Column<int>(nullable: false),
                Since = table.Column<DateTimeOffset>(nullable: false),
                Issues = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_devices", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_devices_ProjectKey_Label", table: "devices", columns: ["ProjectKey", "Label"], unique: true);
        migrationBuilder.CreateTable(
            name: "open_issues",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProjectKey = table.Column<string>(nullable: false),
                Iid = table.Column<long>(nullable: false),
                Title = table.Column<string>(nullable: false),
                WebUrl = table.Column<string>(nullable: false),
                Labels = table.Column<string>(nullable: false),
                Confidential = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_open_issues", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_open_issues_ProjectKey_Iid", table: "open_issues", columns: ["ProjectKey", "Iid"], unique: true);
        migrationBuilder.CreateTable(
            name: "status_changes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProjectKey = table.Column<string>(nullable: false),
                Label = table.Column<string>(nullable: false),
                Status = table.Column<int>(nullable: false),
                At = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_status_changes", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_status_changes_ProjectKey_Label", table: "status_changes", columns: ["ProjectKey", "Label"]);
    }
}
