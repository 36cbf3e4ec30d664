using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Krat.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ReachAsComplexProperty : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
