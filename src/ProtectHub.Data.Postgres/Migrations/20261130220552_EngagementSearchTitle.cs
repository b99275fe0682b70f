using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProtectHub.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EngagementSearchTitle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_engagements_RegionCode_StartsAt_Id",
                table: "engagements");

            migrationBuilder.AddColumn<string>(
                name: "SearchTitle",
                table: "engagements",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                computedColumnSql: "lower(\"Title\")",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_engagements_RegionCode_StartsAt_Id",
                table: "engagements",
                columns: new[] { "RegionCode", "StartsAt", "Id", "Team", "Kind", "Status" })
                .Annotation("Npgsql:IndexInclude", new[] { "SearchTitle" });

            // Substring search of titles finds rare words through trigrams of the stored lower-case title.
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_engagements_title_trgm\";");
            migrationBuilder.Sql("CREATE INDEX \"IX_engagements_search_title_trgm\" ON engagements USING gin (\"SearchTitle\" gin_trgm_ops);");
            migrationBuilder.Sql("ANALYZE engagements;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_engagements_search_title_trgm\";");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_engagements_title_trgm\" ON engagements USING gin (lower(\"Title\") gin_trgm_ops);");
            migrationBuilder.DropIndex(
                name: "IX_engagements_RegionCode_StartsAt_Id",
                table: "engagements");

            migrationBuilder.DropColumn(
                name: "SearchTitle",
                table: "engagements");

            migrationBuilder.CreateIndex(
                name: "IX_engagements_RegionCode_StartsAt_Id",
                table: "engagements",
                columns: new[] { "RegionCode", "StartsAt", "Id", "Team", "Kind", "Status" })
                .Annotation("Npgsql:IndexInclude", new[] { "Title" });
        }
    }
}
