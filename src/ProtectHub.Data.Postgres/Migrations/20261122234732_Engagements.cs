using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace ProtectHub.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Engagements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "engagements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DurationMinutes = table.Column<int>(type: "integer", nullable: false),
                    IsOnline = table.Column<bool>(type: "boolean", nullable: false),
                    Venue = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ForceCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Team = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    LeadOfficerId = table.Column<Guid>(type: "uuid", nullable: false),
                    LeadOfficerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AudienceTypes = table.Column<string[]>(type: "text[]", nullable: false),
                    TopicIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    CampaignIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    OrganisationIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PeopleReached = table.Column<int>(type: "integer", nullable: true),
                    KeyLearning = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CancellationReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DeliveredRecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engagements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_engagements_forces_ForceCode",
                        column: x => x.ForceCode,
                        principalTable: "forces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_engagements_regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "managed_list_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsRetired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_managed_list_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    EngagementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_up_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_follow_up_actions_engagements_EngagementId",
                        column: x => x.EngagementId,
                        principalTable: "engagements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "managed_list_items",
                columns: new[] { "Id", "IsRetired", "Kind", "Name" },
                values: new object[,]
                {
                    { new Guid("00000000-0000-7000-8000-000100000000"), false, "Topic", "Phishing" },
                    { new Guid("00000000-0000-7000-8000-000100000001"), false, "Topic", "Passwords and multi-factor authentication" },
                    { new Guid("00000000-0000-7000-8000-000100000002"), false, "Topic", "Backups" },
                    { new Guid("00000000-0000-7000-8000-000100000003"), false, "Topic", "Ransomware" },
                    { new Guid("00000000-0000-7000-8000-000100000004"), false, "Topic", "Business email compromise" },
                    { new Guid("00000000-0000-7000-8000-000100000005"), false, "Topic", "Social engineering" },
                    { new Guid("00000000-0000-7000-8000-000100000006"), false, "Topic", "Romance fraud" },
                    { new Guid("00000000-0000-7000-8000-000100000007"), false, "Topic", "Investment fraud" },
                    { new Guid("00000000-0000-7000-8000-000100000008"), false, "Topic", "Courier fraud" },
                    { new Guid("00000000-0000-7000-8000-000100000009"), false, "Topic", "Online shopping fraud" },
                    { new Guid("00000000-0000-7000-8000-000100000010"), false, "Topic", "Account takeover" },
                    { new Guid("00000000-0000-7000-8000-000100000011"), false, "Topic", "Sextortion" },
                    { new Guid("00000000-0000-7000-8000-000100000012"), false, "Topic", "Patching and updates" },
                    { new Guid("00000000-0000-7000-8000-000100000013"), false, "Topic", "Incident response" },
                    { new Guid("00000000-0000-7000-8000-000100000014"), false, "Topic", "Supply chain security" },
                    { new Guid("00000000-0000-7000-8000-000200000000"), false, "Campaign", "Cyber Aware" },
                    { new Guid("00000000-0000-7000-8000-000200000001"), false, "Campaign", "Take Five to Stop Fraud" },
                    { new Guid("00000000-0000-7000-8000-000200000002"), false, "Campaign", "Cyber Essentials" },
                    { new Guid("00000000-0000-7000-8000-000200000003"), false, "Campaign", "Exercise in a Box" },
                    { new Guid("00000000-0000-7000-8000-000200000004"), false, "Campaign", "Little Book of Cyber Scams" },
                    { new Guid("00000000-0000-7000-8000-000200000005"), false, "Campaign", "Police CyberAlarm" },
                    { new Guid("00000000-0000-7000-8000-000200000006"), false, "Campaign", "Stop! Think Fraud" },
                    { new Guid("00000000-0000-7000-8000-000200000007"), false, "Campaign", "NCSC Small Business Guide" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_engagements_ForceCode",
                table: "engagements",
                column: "ForceCode");

            migrationBuilder.CreateIndex(
                name: "IX_engagements_RegionCode_StartsAt",
                table: "engagements",
                columns: new[] { "RegionCode", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_engagements_RegionCode_Status",
                table: "engagements",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_actions_EngagementId",
                table: "follow_up_actions",
                column: "EngagementId");

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_actions_OwnerId_CompletedAt",
                table: "follow_up_actions",
                columns: new[] { "OwnerId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_managed_list_items_Kind_Name",
                table: "managed_list_items",
                columns: new[] { "Kind", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "follow_up_actions");

            migrationBuilder.DropTable(
                name: "managed_list_items");

            migrationBuilder.DropTable(
                name: "engagements");
        }
    }
}
