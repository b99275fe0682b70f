using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace ProtectHub.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class VictimReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Updated",
                table: "import_uploads",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "advice_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Categories = table.Column<string>(type: "TEXT", nullable: false),
                    IsRetired = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_advice_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "import_chunks",
                columns: table => new
                {
                    UploadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Imported = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    AlreadyHeld = table.Column<int>(type: "INTEGER", nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_chunks", x => new { x.UploadId, x.Number });
                    table.ForeignKey(
                        name: "FK_import_chunks_import_uploads_UploadId",
                        column: x => x.UploadId,
                        principalTable: "import_uploads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "import_mapping_presets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HeaderKey = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    MappingJson = table.Column<string>(type: "TEXT", nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_mapping_presets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "referral_rules",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    OlderVictimAge = table.Column<int>(type: "INTEGER", nullable: false),
                    OlderVictimPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    ChildVictimPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    VulnerableFlagPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    HighLossAmount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    HighLossPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    LossAmount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    LossPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    RepeatVictimPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    PriorityOffences = table.Column<string>(type: "TEXT", nullable: false),
                    PriorityOffencePoints = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstContactWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    AttemptsBeforeUncontactable = table.Column<int>(type: "INTEGER", nullable: false),
                    RetentionMonths = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referral_rules", x => x.RegionCode);
                });

            migrationBuilder.CreateTable(
                name: "victim_referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ForceCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CrimeReference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OffenceOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VictimType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    AddressLine1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Town = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    OffenceCategory = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AmountLost = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    VulnerabilityFlags = table.Column<string>(type: "TEXT", nullable: false),
                    Team = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    PriorityReasons = table.Column<string>(type: "TEXT", nullable: false),
                    AssignedToId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedToName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstContactDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FirstContactAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FailedAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Closure = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ClosureReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AdviceGiven = table.Column<string>(type: "TEXT", nullable: false),
                    Signposted = table.Column<string>(type: "TEXT", nullable: false),
                    SafeguardingRoute = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SafeguardingReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EarlierReports = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RowHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_victim_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_victim_referrals_forces_ForceCode",
                        column: x => x.ForceCode,
                        principalTable: "forces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_victim_referrals_regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contact_attempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contact_attempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_contact_attempts_victim_referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "victim_referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "referral_links",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EarlierReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchProbability = table.Column<double>(type: "REAL", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FoundAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referral_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referral_links_victim_referrals_EarlierReferralId",
                        column: x => x.EarlierReferralId,
                        principalTable: "victim_referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_referral_links_victim_referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "victim_referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "advice_items",
                columns: new[] { "Id", "Categories", "IsRetired", "Kind", "Text" },
                values: new object[,]
                {
                    { new Guid("00000000-0000-7000-9000-000100000000"), "[\"HackingSocialMediaOrEmail\",\"HackingServer\",\"Malware\",\"Ransomware\",\"ExtortionAndSextortion\"]", false, "Advice", "Change passwords, using three random words, and turn on 2-step verification" },
                    { new Guid("00000000-0000-7000-9000-000100000001"), "[\"OnlineShoppingFraud\",\"RomanceFraud\",\"InvestmentFraud\",\"CourierFraud\",\"MandateOrCeoFraud\",\"TicketFraud\",\"AdvanceFeeFraud\"]", false, "Advice", "Contact your bank straight away, using the number on the back of your card" },
                    { new Guid("00000000-0000-7000-9000-000100000002"), "[]", false, "Advice", "Report scam emails to the Suspicious Email Reporting Service (report@phishing.gov.uk) and texts to 7726" },
                    { new Guid("00000000-0000-7000-9000-000100000003"), "[\"OnlineShoppingFraud\",\"RomanceFraud\",\"InvestmentFraud\",\"CourierFraud\",\"MandateOrCeoFraud\",\"TicketFraud\",\"AdvanceFeeFraud\",\"HackingSocialMediaOrEmail\"]", false, "Advice", "Check your credit record for accounts you did not open" },
                    { new Guid("00000000-0000-7000-9000-000100000004"), "[\"HackingSocialMediaOrEmail\",\"ExtortionAndSextortion\"]", false, "Advice", "Secure social media and email recovery options (phone number, recovery email)" },
                    { new Guid("00000000-0000-7000-9000-000100000005"), "[]", false, "Advice", "Keep evidence: screenshots, emails, messages and payment details" },
                    { new Guid("00000000-0000-7000-9000-000100000006"), "[\"HackingServer\",\"Malware\",\"Ransomware\",\"DenialOfService\"]", false, "Advice", "Back up important data offline and keep software and devices updated" },
                    { new Guid("00000000-0000-7000-9000-000100000007"), "[\"ExtortionAndSextortion\",\"Ransomware\",\"RomanceFraud\",\"AdvanceFeeFraud\"]", false, "Advice", "Do not pay or engage further with the offender" },
                    { new Guid("00000000-0000-7000-9000-000200000000"), "[]", false, "Signpost", "Victim Support" },
                    { new Guid("00000000-0000-7000-9000-000200000001"), "[]", false, "Signpost", "The victim's bank" },
                    { new Guid("00000000-0000-7000-9000-000200000002"), "[]", false, "Signpost", "The national reporting service (Report Fraud)" },
                    { new Guid("00000000-0000-7000-9000-000200000003"), "[]", false, "Signpost", "Citizens Advice" },
                    { new Guid("00000000-0000-7000-9000-000200000004"), "[]", false, "Signpost", "Cyber Essentials" },
                    { new Guid("00000000-0000-7000-9000-000200000005"), "[]", false, "Signpost", "Police CyberAlarm" },
                    { new Guid("00000000-0000-7000-9000-000200000006"), "[]", false, "Signpost", "Take Five to Stop Fraud" },
                    { new Guid("00000000-0000-7000-9000-000200000007"), "[]", false, "Signpost", "National Cyber Security Centre guidance" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_contact_attempts_ReferralId_At",
                table: "contact_attempts",
                columns: new[] { "ReferralId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_import_mapping_presets_RegionCode_Kind",
                table: "import_mapping_presets",
                columns: new[] { "RegionCode", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_referral_links_EarlierReferralId",
                table: "referral_links",
                column: "EarlierReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_referral_links_ReferralId_EarlierReferralId",
                table: "referral_links",
                columns: new[] { "ReferralId", "EarlierReferralId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_victim_referrals_AssignedToId_Status",
                table: "victim_referrals",
                columns: new[] { "AssignedToId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_victim_referrals_CrimeReference",
                table: "victim_referrals",
                column: "CrimeReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_victim_referrals_ForceCode",
                table: "victim_referrals",
                column: "ForceCode");

            migrationBuilder.CreateIndex(
                name: "IX_victim_referrals_RegionCode_Status_Priority_FirstContactDueOn",
                table: "victim_referrals",
                columns: new[] { "RegionCode", "Status", "Priority", "FirstContactDueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "advice_items");

            migrationBuilder.DropTable(
                name: "contact_attempts");

            migrationBuilder.DropTable(
                name: "import_chunks");

            migrationBuilder.DropTable(
                name: "import_mapping_presets");

            migrationBuilder.DropTable(
                name: "referral_links");

            migrationBuilder.DropTable(
                name: "referral_rules");

            migrationBuilder.DropTable(
                name: "victim_referrals");

            migrationBuilder.DropColumn(
                name: "Updated",
                table: "import_uploads");
        }
    }
}
