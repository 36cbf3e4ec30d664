using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Krat.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CampaignReportIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Activities_CampaignId",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_CampaignId_CommitteeId_Visibility",
                table: "Activities",
                columns: new[] { "CampaignId", "CommitteeId", "Visibility" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Activities_CampaignId_CommitteeId_Visibility",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_CampaignId",
                table: "Activities",
                column: "CampaignId");
        }
    }
}
