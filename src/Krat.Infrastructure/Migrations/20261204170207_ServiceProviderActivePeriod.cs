using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Krat.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ServiceProviderActivePeriod : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ActiveFrom",
                table: "ServiceProviders",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActiveUntil",
                table: "ServiceProviders",
                type: "TEXT",
                maxLength: 10,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ActiveFrom",
                table: "ServiceProviders");

            migrationBuilder.DropColumn(
                name: "ActiveUntil",
                table: "ServiceProviders");
        }
    }
}
