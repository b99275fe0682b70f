using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProtectHub.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ListPerformance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Substring search ("contains") on names, emails and titles: trigram indexes let PostgreSQL answer
            // lower(x) LIKE '%text%' without reading the whole table. pg_trgm ships with PostgreSQL (contrib) and is a
            // trusted extension, so the database owner may create it.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_organisations_name_trgm\" ON organisations USING gin (lower(\"Name\") gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_organisations_normalised_name_trgm\" ON organisations USING gin (\"NormalisedName\" gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_contacts_full_name_trgm\" ON contacts USING gin (lower(\"FullName\") gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_contacts_email_trgm\" ON contacts USING gin (\"NormalisedEmail\" gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_engagements_title_trgm\" ON engagements USING gin (lower(\"Title\") gin_trgm_ops);");
            // An organisation's timeline finds its engagements by array containment (@>).
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_engagements_organisation_ids\" ON engagements USING gin (\"OrganisationIds\");");
            // Statistics for the new expression indexes: without them the planner guesses that a common word matches 50
            // rows, and counts a search through a bitmap of every match instead of stopping at the first thousand.
            migrationBuilder.Sql("ANALYZE organisations; ANALYZE contacts; ANALYZE engagements;");

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
            foreach (var index in new[] { "IX_organisations_name_trgm", "IX_organisations_normalised_name_trgm", "IX_contacts_full_name_trgm", "IX_contacts_email_trgm", "IX_engagements_title_trgm", "IX_engagements_organisation_ids" })
            {
                migrationBuilder.Sql($"DROP INDEX IF EXISTS \"{index}\";");
            }


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
