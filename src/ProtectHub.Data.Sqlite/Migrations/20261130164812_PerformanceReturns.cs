using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProtectHub.Data.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FirstContactWorkingDays",
                table: "victim_referrals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "metric_definitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    RetiredInVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ValueField = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Conditions = table.Column<string>(type: "TEXT", nullable: false),
                    ShareConditions = table.Column<string>(type: "TEXT", nullable: false),
                    Breakdowns = table.Column<string>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metric_definitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "performance_returns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ForceCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Highlights = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Risks = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Lessons = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ApprovedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReturnedReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CatalogueVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    SnapshotJson = table.Column<string>(type: "TEXT", nullable: true)
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
