using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProtectHub.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PerformanceIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_victim_referrals_RegionCode_ReceivedAt",
                table: "victim_referrals",
                columns: new[] { "RegionCode", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_actions_RegionCode_DueOn",
                table: "follow_up_actions",
                columns: new[] { "RegionCode", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_victim_referrals_RegionCode_ReceivedAt",
                table: "victim_referrals");

            migrationBuilder.DropIndex(
                name: "IX_follow_up_actions_RegionCode_DueOn",
                table: "follow_up_actions");
        }
    }
}
