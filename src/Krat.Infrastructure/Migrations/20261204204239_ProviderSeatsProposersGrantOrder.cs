using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Krat.Infrastructure.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TechnicalTableUntil",
                table: "ServiceProviders",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "GrantOrder",
                table: "Seats",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "ServiceProviderId",
                table: "Seats",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Services",
                table: "Seats",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "ProposerPersonIds",
                table: "Initiatives",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

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
