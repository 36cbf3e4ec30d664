using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Krat.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Status",
                table: "VictimStatistics",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "VictimStatisticsVersions",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    VictimStatisticsId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodStart = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PeriodEnd = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Cells = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VictimStatisticsVersions", x => new { x.VictimStatisticsId, x.Number });
                    table.CheckConstraint("CK_VictimStatisticsVersions_Number", "Number >= 1");
                    table.ForeignKey(
                        name: "FK_VictimStatisticsVersions_VictimStatistics_VictimStatisticsId",
                        column: x => x.VictimStatisticsId,
                        principalTable: "VictimStatistics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VictimStatistics_County_Municipality_PeriodStart",
                table: "VictimStatistics",
                columns: new[] { "County", "Municipality", "PeriodStart" },
                unique: true);

            // The no-overlap rule of victim statistics, for writers that bypass the domain's VictimStatisticsRegistry:
            // SQLite has no exclusion constraint on ranges, so a trigger refuses a row whose place (the same
            // municipality, or either county-wide) and period (inclusive ISO dates, compared as text) overlap another
            // row of the same county. Existing rows are not checked. DbErrorTranslator turns the RAISE into a
            // ConstraintViolationException naming the trigger.
            const string overlaps = """
                EXISTS (SELECT 1 FROM "VictimStatistics" AS s
                        WHERE s."County" = NEW."County" AND s."Id" <> NEW."Id"
                          AND (s."Municipality" IS NULL OR NEW."Municipality" IS NULL OR s."Municipality" = NEW."Municipality")
                          AND s."PeriodStart" <= NEW."PeriodEnd" AND NEW."PeriodStart" <= s."PeriodEnd")
                """;
            migrationBuilder.Sql($"""
                CREATE TRIGGER "TR_VictimStatistics_NoOverlap" BEFORE INSERT ON "VictimStatistics"
                WHEN {overlaps}
                BEGIN SELECT RAISE(ABORT, 'constraint failed: TR_VictimStatistics_NoOverlap'); END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "TR_VictimStatistics_NoOverlapOnUpdate" BEFORE UPDATE OF "County", "Municipality", "PeriodStart", "PeriodEnd" ON "VictimStatistics"
                WHEN {overlaps}
                BEGIN SELECT RAISE(ABORT, 'constraint failed: TR_VictimStatistics_NoOverlapOnUpdate'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "TR_VictimStatistics_NoOverlapOnUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "TR_VictimStatistics_NoOverlap";""");

            migrationBuilder.DropTable(
                name: "VictimStatisticsVersions");

            migrationBuilder.DropIndex(
                name: "IX_VictimStatistics_County_Municipality_PeriodStart",
                table: "VictimStatistics");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "VictimStatistics");
        }
    }
}
