using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProtectHub.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OpenQueueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_victim_referrals_open_queue",
                table: "victim_referrals",
                columns: new[] { "RegionCode", "Priority", "FirstContactDueOn", "Id" },
                descending: new[] { false, true, false, false },
                filter: "\"Status\" <> 'Closed'");

            // Name search in the queue (lower(x) LIKE '%text%') over the open referrals only, by trigram (pg_trgm, added
            // by ListPerformance): without it each search reads every open referral's name.
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_victim_referrals_open_full_name_trgm\" ON victim_referrals USING gin (lower(\"FullName\") gin_trgm_ops) WHERE \"Status\" <> 'Closed';");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_victim_referrals_open_organisation_trgm\" ON victim_referrals USING gin (lower(\"OrganisationName\") gin_trgm_ops) WHERE \"Status\" <> 'Closed';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_victim_referrals_open_full_name_trgm\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_victim_referrals_open_organisation_trgm\";");
            migrationBuilder.DropIndex(
                name: "IX_victim_referrals_open_queue",
                table: "victim_referrals");
        }
    }
}
