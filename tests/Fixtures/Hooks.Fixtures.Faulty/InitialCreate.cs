using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hooks.Fixtures.Faulty;

[DbContext(typeof(FaultyDb))]
[Migration("20261130000000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(FaultySettings.FailIn == "Migrations" ? "THIS IS NOT SQL" : "CREATE TABLE faulty_rows (id integer PRIMARY KEY)");
}
