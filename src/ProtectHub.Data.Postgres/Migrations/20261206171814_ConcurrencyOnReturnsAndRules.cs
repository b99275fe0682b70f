using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProtectHub.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ConcurrencyOnReturnsAndRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ChangedAt",
                table: "referral_rules",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ChangedById",
                table: "referral_rules",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "referral_rules",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ChangedAt",
                table: "performance_returns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ChangedById",
                table: "performance_returns",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "performance_returns",
                type: "bigint",
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
