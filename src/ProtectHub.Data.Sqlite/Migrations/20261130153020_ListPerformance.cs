using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProtectHub.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ListPerformance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_engagements_RegionCode_StartsAt",
                table: "engagements");

            migrationBuilder.DropIndex(
                name: "IX_engagements_RegionCode_Status",
                table: "engagements");

            migrationBuilder.DropIndex(
                name: "IX_contacts_RegionCode_FullName",
                table: "contacts");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_list_by_name",
                table: "organisations",
                columns: new[] { "RegionCode", "Name", "Id" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_list_by_newest",
                table: "organisations",
                columns: new[] { "RegionCode", "CreatedAt", "Id" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_list_by_town",
                table: "organisations",
                columns: new[] { "RegionCode", "Town", "Name", "Id" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_MergedIntoId",
                table: "organisations",
                column: "MergedIntoId",
                filter: "\"MergedIntoId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_engagements_RegionCode_StartsAt_Id",
                table: "engagements",
                columns: new[] { "RegionCode", "StartsAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_engagements_RegionCode_Status_StartsAt_Id",
                table: "engagements",
                columns: new[] { "RegionCode", "Status", "StartsAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_contacts_list_by_name",
                table: "contacts",
                columns: new[] { "RegionCode", "FullName", "Id" },
                filter: "\"MergedIntoId\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_organisations_list_by_name",
                table: "organisations");

            migrationBuilder.DropIndex(
                name: "IX_organisations_list_by_newest",
                table: "organisations");

            migrationBuilder.DropIndex(
                name: "IX_organisations_list_by_town",
                table: "organisations");

            migrationBuilder.DropIndex(
                name: "IX_organisations_MergedIntoId",
                table: "organisations");

            migrationBuilder.DropIndex(
                name: "IX_engagements_RegionCode_StartsAt_Id",
                table: "engagements");

            migrationBuilder.DropIndex(
                name: "IX_engagements_RegionCode_Status_StartsAt_Id",
                table: "engagements");

            migrationBuilder.DropIndex(
                name: "IX_contacts_list_by_name",
                table: "contacts");

            migrationBuilder.CreateIndex(
                name: "IX_engagements_RegionCode_StartsAt",
                table: "engagements",
                columns: new[] { "RegionCode", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_engagements_RegionCode_Status",
                table: "engagements",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_contacts_RegionCode_FullName",
                table: "contacts",
                columns: new[] { "RegionCode", "FullName" });
        }
    }
}
