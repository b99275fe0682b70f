using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProtectHub.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class BusinessPopulation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "business_population",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ForceCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Sector = table.Column<char>(type: "character(1)", nullable: false),
                    Businesses = table.Column<int>(type: "integer", nullable: false),
                    LoadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LoadedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_business_population", x => x.Id);
                    table.ForeignKey(
                        name: "FK_business_population_forces_ForceCode",
                        column: x => x.ForceCode,
                        principalTable: "forces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_business_population_ForceCode",
                table: "business_population",
                column: "ForceCode");

            migrationBuilder.CreateIndex(
                name: "IX_business_population_RegionCode_ForceCode_Sector",
                table: "business_population",
                columns: new[] { "RegionCode", "ForceCode", "Sector" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "business_population");
        }
    }
}
