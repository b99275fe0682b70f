using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProtectHub.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ConcurrencyOnReturnsAndRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ChangedAt",
                table: "referral_rules",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ChangedById",
                table: "referral_rules",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "referral_rules",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ChangedAt",
                table: "performance_returns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ChangedById",
                table: "performance_returns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "performance_returns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ChangedAt",
                table: "referral_rules");

            migrationBuilder.DropColumn(
                name: "ChangedById",
                table: "referral_rules");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "referral_rules");

            migrationBuilder.DropColumn(
                name: "ChangedAt",
                table: "performance_returns");

            migrationBuilder.DropColumn(
                name: "ChangedById",
                table: "performance_returns");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "performance_returns");
        }
    }
}
