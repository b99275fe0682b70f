using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProtectHub.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class VictimSatisfaction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FeelsSafer",
                table: "victim_referrals",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Satisfaction",
                table: "victim_referrals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SatisfactionAt",
                table: "victim_referrals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SatisfactionComments",
                table: "victim_referrals",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SatisfactionToken",
                table: "victim_referrals",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_victim_referrals_SatisfactionToken",
                table: "victim_referrals",
                column: "SatisfactionToken",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_victim_referrals_SatisfactionToken",
                table: "victim_referrals");

            migrationBuilder.DropColumn(
                name: "FeelsSafer",
                table: "victim_referrals");

            migrationBuilder.DropColumn(
                name: "Satisfaction",
                table: "victim_referrals");

            migrationBuilder.DropColumn(
                name: "SatisfactionAt",
                table: "victim_referrals");

            migrationBuilder.DropColumn(
                name: "SatisfactionComments",
                table: "victim_referrals");

            migrationBuilder.DropColumn(
                name: "SatisfactionToken",
                table: "victim_referrals");
        }
    }
}
