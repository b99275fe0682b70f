using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProtectHub.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DeliveryPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "delivery_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delivery_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_delivery_plans_regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_objectives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Strand = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    OwnerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_objectives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_objectives_delivery_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "delivery_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_targets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ObjectiveId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    MetricKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ForceCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    BreakdownField = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    BreakdownValue = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    TargetValue = table.Column<double>(type: "double precision", nullable: false),
                    LowerIsBetter = table.Column<bool>(type: "boolean", nullable: false),
                    OwnerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_targets_plan_objectives_ObjectiveId",
                        column: x => x.ObjectiveId,
                        principalTable: "plan_objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_delivery_plans_RegionCode_Year",
                table: "delivery_plans",
                columns: new[] { "RegionCode", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_plan_objectives_PlanId",
                table: "plan_objectives",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_targets_ObjectiveId",
                table: "plan_targets",
                column: "ObjectiveId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plan_targets");

            migrationBuilder.DropTable(
                name: "plan_objectives");

            migrationBuilder.DropTable(
                name: "delivery_plans");
        }
    }
}
