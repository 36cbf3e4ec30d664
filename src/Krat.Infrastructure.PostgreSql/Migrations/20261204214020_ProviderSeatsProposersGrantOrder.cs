using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Krat.Infrastructure.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ProviderSeatsProposersGrantOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "TechnicalTableSeatId",
                table: "ServiceProviders",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TechnicalTableUntil",
                table: "ServiceProviders",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<int>(
                name: "GrantOrder",
                table: "Seats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "ServiceProviderId",
                table: "Seats",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int[]>(
                name: "Services",
                table: "Seats",
                type: "integer[]",
                nullable: false,
                defaultValue: new int[0]);

            migrationBuilder.AddColumn<Guid[]>(
                name: "ProposerPersonIds",
                table: "Initiatives",
                type: "uuid[]",
                nullable: false,
                defaultValue: new Guid[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Seats_ServiceProviderId",
                table: "Seats",
                column: "ServiceProviderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Seats_ServiceProviderId",
                table: "Seats");

            migrationBuilder.DropColumn(
                name: "TechnicalTableSeatId",
                table: "ServiceProviders");

            migrationBuilder.DropColumn(
                name: "TechnicalTableUntil",
                table: "ServiceProviders");

            migrationBuilder.DropColumn(
                name: "GrantOrder",
                table: "Seats");

            migrationBuilder.DropColumn(
                name: "ServiceProviderId",
                table: "Seats");

            migrationBuilder.DropColumn(
                name: "Services",
                table: "Seats");

            migrationBuilder.DropColumn(
                name: "ProposerPersonIds",
                table: "Initiatives");
        }
    }
}
