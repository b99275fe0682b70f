using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProtectHub.Data.Postgres.Migrations
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
                filter: "\"Status\" <> 'Closed'")
                .Annotation("Npgsql:IndexInclude", new[] { "FirstContactAt" });

            migrationBuilder.CreateIndex(
                name: "IX_victim_referrals_open_queue",
                table: "victim_referrals",
                columns: new[] { "RegionCode", "Priority", "FirstContactDueOn", "Id", "Team", "Status", "ForceCode", "AssignedToId" },
                descending: new[] { false, true, false, false, false, false, false, false },
                filter: "\"Status\" <> 'Closed'")
                .Annotation("Npgsql:IndexInclude", new[] { "FirstContactAt" });

            migrationBuilder.CreateIndex(
                name: "IX_victim_referrals_open_workload",
                table: "victim_referrals",
                columns: new[] { "RegionCode", "AssignedToId" },
                filter: "\"Status\" <> 'Closed'")
                .Annotation("Npgsql:IndexInclude", new[] { "AssignedToName", "FirstContactAt", "FirstContactDueOn", "EscalatedAt" });
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
