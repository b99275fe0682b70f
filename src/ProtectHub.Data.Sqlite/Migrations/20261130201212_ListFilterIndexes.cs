using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProtectHub.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ListFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_engagements_RegionCode_StartsAt_Id",
                table: "engagements");

            migrationBuilder.DropIndex(
                name: "IX_engagements_RegionCode_Status_StartsAt_Id",
                table: "engagements");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_list_by_filters",
                table: "organisations",
                columns: new[] { "RegionCode", "Sector", "Size", "ForceCode", "Name", "Id" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_list_by_size",
                table: "organisations",
                columns: new[] { "RegionCode", "Size", "Name", "Id" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_organisation_memberships_Kind_OrganisationId",
                table: "organisation_memberships",
                columns: new[] { "Kind", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_engagements_RegionCode_StartsAt_Id",
                table: "engagements",
                columns: new[] { "RegionCode", "StartsAt", "Id", "Team", "Kind", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_engagements_RegionCode_Status_StartsAt_Id",
                table: "engagements",
                columns: new[] { "RegionCode", "Status", "StartsAt", "Id", "Team", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_organisations_list_by_filters",
                table: "organisations");

            migrationBuilder.DropIndex(
                name: "IX_organisations_list_by_size",
                table: "organisations");

            migrationBuilder.DropIndex(
                name: "IX_organisation_memberships_Kind_OrganisationId",
                table: "organisation_memberships");

            migrationBuilder.DropIndex(
                name: "IX_engagements_RegionCode_StartsAt_Id",
                table: "engagements");

            migrationBuilder.DropIndex(
                name: "IX_engagements_RegionCode_Status_StartsAt_Id",
                table: "engagements");

            migrationBuilder.CreateIndex(
                name: "IX_engagements_RegionCode_StartsAt_Id",
                table: "engagements",
                columns: new[] { "RegionCode", "StartsAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_engagements_RegionCode_Status_StartsAt_Id",
                table: "engagements",
                columns: new[] { "RegionCode", "Status", "StartsAt", "Id" });
        }
    }
}
