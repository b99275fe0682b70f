using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProtectHub.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PerformanceReturns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ContactedInTime",
                table: "victim_referrals",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FirstContactWorkingDays",
                table: "victim_referrals",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "metric_definitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    RetiredInVersion = table.Column<int>(type: "integer", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Definition = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Measure = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ValueField = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Conditions = table.Column<string>(type: "text", nullable: false),
                    ShareConditions = table.Column<string>(type: "text", nullable: false),
                    Breakdowns = table.Column<List<string>>(type: "text[]", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metric_definitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "performance_returns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ForceCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Quarter = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Highlights = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Risks = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Lessons = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReviewedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ApprovedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SubmittedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReturnedReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CatalogueVersion = table.Column<int>(type: "integer", nullable: true),
                    SnapshotJson = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_performance_returns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_performance_returns_regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_metric_definitions_Key_Version",
                table: "metric_definitions",
                columns: new[] { "Key", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_performance_returns_RegionCode_Year_Quarter_ForceCode",
                table: "performance_returns",
                columns: new[] { "RegionCode", "Year", "Quarter", "ForceCode" });

            migrationBuilder.CreateIndex(
                name: "IX_performance_returns_Status_Year_Quarter",
                table: "performance_returns",
                columns: new[] { "Status", "Year", "Quarter" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "metric_definitions");

            migrationBuilder.DropTable(
                name: "performance_returns");

            migrationBuilder.DropColumn(
                name: "ContactedInTime",
                table: "victim_referrals");

            migrationBuilder.DropColumn(
                name: "FirstContactWorkingDays",
                table: "victim_referrals");
        }
    }
}
