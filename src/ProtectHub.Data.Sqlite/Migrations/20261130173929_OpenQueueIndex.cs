using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProtectHub.Data.Sqlite.Migrations
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_victim_referrals_open_queue",
                table: "victim_referrals");
        }
    }
}
