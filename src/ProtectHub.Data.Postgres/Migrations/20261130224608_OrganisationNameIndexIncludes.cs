using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProtectHub.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationNameIndexIncludes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_organisations_list_by_name",
                table: "organisations");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_list_by_name",
                table: "organisations",
                columns: new[] { "RegionCode", "Name", "Id" },
                filter: "\"MergedIntoId\" IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "NormalisedName", "Postcode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_organisations_list_by_name",
                table: "organisations");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_list_by_name",
                table: "organisations",
                columns: new[] { "RegionCode", "Name", "Id" },
                filter: "\"MergedIntoId\" IS NULL");
        }
    }
}
