using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProtectHub.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Partnerships : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "partnerships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LeadOfficerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeadOfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partnerships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partnerships_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_partnerships_users_LeadOfficerId",
                        column: x => x.LeadOfficerId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_partnerships_LeadOfficerId",
                table: "partnerships",
                column: "LeadOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_partnerships_OrganisationId",
                table: "partnerships",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_partnerships_ReviewOn",
                table: "partnerships",
                column: "ReviewOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "partnerships");
        }
    }
}
