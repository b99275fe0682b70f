using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProtectHub.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class QueueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_victim_referrals_open_queue",
                table: "victim_referrals");

            migrationBuilder.CreateIndex(
                name: "IX_victim_referrals_open_by_force",
                table: "victim_referrals",
                columns: new[] { "RegionCode", "ForceCode", "Priority", "FirstContactDueOn", "Id", "Team", "Status", "AssignedToId" },
                descending: new[] { false, false, true, false, false, false, false, false },
                filter: "\"Status\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_victim_referrals_open_queue",
                table: "victim_referrals",
                columns: new[] { "RegionCode", "Priority", "FirstContactDueOn", "Id", "Team", "Status", "ForceCode", "AssignedToId" },
                descending: new[] { false, true, false, false, false, false, false, false },
                filter: "\"Status\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_victim_referrals_open_workload",
                table: "victim_referrals",
                columns: new[] { "RegionCode", "AssignedToId" },
                filter: "\"Status\" <> 'Closed'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_victim_referrals_open_by_force",
                table: "victim_referrals");

            migrationBuilder.DropIndex(
                name: "IX_victim_referrals_open_queue",
                table: "victim_referrals");

            migrationBuilder.DropIndex(
                name: "IX_victim_referrals_open_workload",
                table: "victim_referrals");

            migrationBuilder.CreateIndex(
                name: "IX_victim_referrals_open_queue",
                table: "victim_referrals",
                columns: new[] { "RegionCode", "Priority", "FirstContactDueOn", "Id" },
                descending: new[] { false, true, false, false },
                filter: "\"Status\" <> 'Closed'");
        }
    }
}
