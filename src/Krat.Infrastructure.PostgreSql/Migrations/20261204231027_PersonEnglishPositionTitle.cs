using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Krat.Infrastructure.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PersonEnglishPositionTitle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "SearchText",
                table: "People",
                type: "character varying(602)",
                maxLength: 602,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(401)",
                oldMaxLength: 401,
                oldCollation: "C");

            migrationBuilder.AddColumn<string>(
                name: "EnglishPositionTitle",
                table: "People",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                collation: "C");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EnglishPositionTitle",
                table: "People");

            migrationBuilder.AlterColumn<string>(
                name: "SearchText",
                table: "People",
                type: "character varying(401)",
                maxLength: 401,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(602)",
                oldMaxLength: 602,
                oldCollation: "C");
        }
    }
}
