using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace ProtectHub.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "advice_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Categories = table.Column<string>(type: "TEXT", nullable: false),
                    VictimTypes = table.Column<string>(type: "TEXT", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    WebAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsRetired = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_advice_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_checkpoints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Signature = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_checkpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RecordId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "change_counters",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_change_counters", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_keys", x => x.Id);
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
                name: "import_uploads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    MappingJson = table.Column<string>(type: "TEXT", nullable: true),
                    RowsTotal = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsDone = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", nullable: true),
                    Imported = table.Column<int>(type: "INTEGER", nullable: false),
                    AlreadyHeld = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    InvalidRows = table.Column<int>(type: "INTEGER", nullable: false),
                    ErrorsJson = table.Column<string>(type: "TEXT", nullable: true),
                    ErrorCount = table.Column<int>(type: "INTEGER", nullable: false),
                    FailureMessage = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LeaseHolder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    InvalidRowsCsv = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_uploads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "job_leases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_job_leases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "managed_list_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsRetired = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_managed_list_items", x => x.Id);
                });

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
                name: "notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Mail = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MailedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "referral_rules",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false, defaultValue: 0L),
                    ChangedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: true),
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
                name: "regions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "sign_in_throttles",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Failures = table.Column<int>(type: "INTEGER", nullable: false),
                    LastFailureAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BlockedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sign_in_throttles", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "stored_file_chunks",
                columns: table => new
                {
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stored_file_chunks", x => new { x.FileId, x.Index });
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
                name: "advisories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Edition = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousVersionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SupersededById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecommendedActions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Sectors = table.Column<string>(type: "TEXT", nullable: false),
                    ForceCodes = table.Column<string>(type: "TEXT", nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Tlp = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    IntelligenceReportIds = table.Column<string>(type: "TEXT", nullable: false),
                    LessonIds = table.Column<string>(type: "TEXT", nullable: false),
                    ToCommunity = table.Column<bool>(type: "INTEGER", nullable: false),
                    ToMemberships = table.Column<string>(type: "TEXT", nullable: false),
                    ToSectors = table.Column<string>(type: "TEXT", nullable: false),
                    ToSizes = table.Column<string>(type: "TEXT", nullable: false),
                    ToForces = table.Column<string>(type: "TEXT", nullable: false),
                    ToContactIds = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ApprovedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RemindedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LinkBase = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChangeSummary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false, defaultValue: 0L),
                    ChangedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_advisories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_advisories_regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "campaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Aims = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    NationalCampaignId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AudienceTypes = table.Column<string>(type: "TEXT", nullable: false),
                    ForceCodes = table.Column<string>(type: "TEXT", nullable: false),
                    TopicIds = table.Column<string>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 2201, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false, defaultValue: 0L),
                    ChangedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_campaigns_regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "delivery_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
                name: "forces",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forces", x => x.Code);
                    table.ForeignKey(
                        name: "FK_forces_regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "intelligence_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Edition = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousVersionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SupersededById = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwningTeam = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SourceType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SourceOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SourceContactId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SourceDescription = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SourceEvaluation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Assessment = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    Handling = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    HandlingConditions = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FullText = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    SanitisedText = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ThreatCategories = table.Column<string>(type: "TEXT", nullable: false),
                    Sectors = table.Column<string>(type: "TEXT", nullable: false),
                    ForceCodes = table.Column<string>(type: "TEXT", nullable: false),
                    RequirementIds = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FirstSubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    QaReturnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ApprovedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false, defaultValue: 0L),
                    ChangedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intelligence_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_intelligence_reports_regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "intelligence_requirements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RetiredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intelligence_requirements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_intelligence_requirements_regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "lessons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OperationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Offence = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AttackType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AttackPath = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TechniqueIds = table.Column<string>(type: "TEXT", nullable: false),
                    Weakness = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Prevention = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Advice = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TopicIds = table.Column<string>(type: "TEXT", nullable: false),
                    InvestigatorContactId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InvestigatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Tlp = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewReturnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 24000, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false, defaultValue: 0L),
                    ChangedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lessons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lessons_regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "materials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AudienceTypes = table.Column<string>(type: "TEXT", nullable: false),
                    TopicIds = table.Column<string>(type: "TEXT", nullable: false),
                    CampaignIds = table.Column<string>(type: "TEXT", nullable: false),
                    LessonIds = table.Column<string>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsNational = table.Column<bool>(type: "INTEGER", nullable: false),
                    Tlp = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ReviewBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VideoUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CurrentVersionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VersionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Downloads = table.Column<int>(type: "INTEGER", nullable: false),
                    IsRetired = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewReminderSentFor = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 2201, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false, defaultValue: 0L),
                    ChangedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_materials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_materials_regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "performance_returns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false, defaultValue: 0L),
                    ChangedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: true),
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

            migrationBuilder.CreateTable(
                name: "prevent_consultations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ForceCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AgeBand = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Behaviour = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Platform = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Setting = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Concerns = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Advice = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prevent_consultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_prevent_consultations_regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "prevent_operation_lists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Service = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LetterTemplate = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prevent_operation_lists", x => x.Id);
                    table.ForeignKey(
                        name: "FK_prevent_operation_lists_regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "advisory_indicators",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AdvisoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 216, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_advisory_indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_advisory_indicators_advisories_AdvisoryId",
                        column: x => x.AdvisoryId,
                        principalTable: "advisories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "advisory_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AdvisoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    QueuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HandedOverAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Acknowledgement = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_advisory_messages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_advisory_messages_advisories_AdvisoryId",
                        column: x => x.AdvisoryId,
                        principalTable: "advisories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_objectives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Strand = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
                name: "business_population",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ForceCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Sector = table.Column<char>(type: "TEXT", nullable: false),
                    Businesses = table.Column<int>(type: "INTEGER", nullable: false),
                    LoadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LoadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_business_population", x => x.Id);
                    table.ForeignKey(
                        name: "FK_business_population_forces_ForceCode",
                        column: x => x.ForceCode,
                        principalTable: "forces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "engagements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false, defaultValue: 0L),
                    ChangedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SearchTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, computedColumnSql: "lower(\"Title\")", stored: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    IsOnline = table.Column<bool>(type: "INTEGER", nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ForceCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Team = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LeadOfficerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeadOfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AudienceTypes = table.Column<string>(type: "TEXT", nullable: false),
                    TopicIds = table.Column<string>(type: "TEXT", nullable: false),
                    CampaignIds = table.Column<string>(type: "TEXT", nullable: false),
                    OrganisationIds = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PeopleReached = table.Column<int>(type: "INTEGER", nullable: true),
                    KeyLearning = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DeliveredRecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewComments = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FeedbackToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SupportingOfficerIds = table.Column<string>(type: "TEXT", nullable: false),
                    Sectors = table.Column<string>(type: "TEXT", nullable: false),
                    RegistrationToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    RegistrationClosed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CpdHours = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true)
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
                name: "organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false, defaultValue: 0L),
                    ChangedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NormalisedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Sector = table.Column<char>(type: "TEXT", nullable: true),
                    Size = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ForceCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AddressLine1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AddressLine2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Town = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CompaniesHouseNumber = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organisations_forces_ForceCode",
                        column: x => x.ForceCode,
                        principalTable: "forces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_organisations_regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "prevent_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ForceCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReferrerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReferrerOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferrerEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReferrerPhone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ReferrerContactId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    AddressLine1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Town = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    SchoolName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SchoolOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Handles = table.Column<string>(type: "TEXT", nullable: false),
                    ParentCarerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ParentCarerRelationship = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ParentCarerPhone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ParentCarerEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Behaviour = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BehaviourLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Setting = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AgeBandAtReferral = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ConsultationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReferredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AssignedToId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedToName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Deconfliction = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DeconflictionReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DeconflictionNotes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DeconflictedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeconflictedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferrerMessage = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ConsentGivenBy = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ConsentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ParentInformed = table.Column<bool>(type: "INTEGER", nullable: true),
                    ParentNotInformedReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SafeguardingRoute = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SafeguardingReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SafeguardingRaisedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NeurodiversityFlagged = table.Column<bool>(type: "INTEGER", nullable: false),
                    EarlierReferrals = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ClosureNotes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AnonymisedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prevent_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_prevent_cases_forces_ForceCode",
                        column: x => x.ForceCode,
                        principalTable: "forces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_prevent_cases_regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    HomeForceCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Roles = table.Column<string>(type: "TEXT", nullable: false),
                    Teams = table.Column<string>(type: "TEXT", nullable: false),
                    VettingLevel = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    VettingExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsDisabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisabledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MfaEnrolledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSignedInAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastTotpTimeStep = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDemoAccount = table.Column<bool>(type: "INTEGER", nullable: false),
                    CalendarFeedHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.Id);
                    table.ForeignKey(
                        name: "FK_users_forces_HomeForceCode",
                        column: x => x.HomeForceCode,
                        principalTable: "forces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_users_regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
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
                    FirstContactWorkingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    ContactedInTime = table.Column<bool>(type: "INTEGER", nullable: true),
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
                    SatisfactionToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Satisfaction = table.Column<int>(type: "INTEGER", nullable: true),
                    FeelsSafer = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SatisfactionComments = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SatisfactionAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RowHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AnonymisedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                name: "intelligence_disseminations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Destination = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivingReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SanitisedOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intelligence_disseminations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_intelligence_disseminations_intelligence_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "intelligence_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "intelligence_facets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CountedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Quarter = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intelligence_facets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_intelligence_facets_intelligence_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "intelligence_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "intelligence_subjects",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 216, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intelligence_subjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_intelligence_subjects_intelligence_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "intelligence_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "campaign_posts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ScheduledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MaterialId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Outlet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reach = table.Column<int>(type: "INTEGER", nullable: true),
                    Interactions = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaign_posts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_campaign_posts_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_campaign_posts_materials_MaterialId",
                        column: x => x.MaterialId,
                        principalTable: "materials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "material_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MaterialId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Downloads = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_material_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_material_versions_materials_MaterialId",
                        column: x => x.MaterialId,
                        principalTable: "materials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "prevent_operation_list_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ListId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RowNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Username = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Handle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AddressLine1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Town = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    MatchedCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MatchProbability = table.Column<double>(type: "REAL", nullable: true),
                    MatchReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LetterPrintedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EmailedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prevent_operation_list_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_prevent_operation_list_entries_prevent_operation_lists_ListId",
                        column: x => x.ListId,
                        principalTable: "prevent_operation_lists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_targets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObjectiveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    MetricKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ForceCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    BreakdownField = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    BreakdownValue = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TargetValue = table.Column<double>(type: "REAL", nullable: false),
                    LowerIsBetter = table.Column<bool>(type: "INTEGER", nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "campaign_engagements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EngagementId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaign_engagements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_campaign_engagements_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_campaign_engagements_engagements_EngagementId",
                        column: x => x.EngagementId,
                        principalTable: "engagements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "engagement_materials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    EngagementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MaterialId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_engagement_materials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_engagement_materials_engagements_EngagementId",
                        column: x => x.EngagementId,
                        principalTable: "engagements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_engagement_materials_materials_MaterialId",
                        column: x => x.MaterialId,
                        principalTable: "materials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "event_registrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    EngagementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalisedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AddedByOfficer = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentWording = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: false),
                    CheckedInAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_event_registrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_event_registrations_engagements_EngagementId",
                        column: x => x.EngagementId,
                        principalTable: "engagements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "feedback_responses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    EngagementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IntendedActions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Comments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feedback_responses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_feedback_responses_engagements_EngagementId",
                        column: x => x.EngagementId,
                        principalTable: "engagements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    EngagementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "lesson_uses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LessonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    EngagementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lesson_uses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lesson_uses_engagements_EngagementId",
                        column: x => x.EngagementId,
                        principalTable: "engagements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_lesson_uses_lessons_LessonId",
                        column: x => x.LessonId,
                        principalTable: "lessons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false, defaultValue: 0L),
                    ChangedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    JobRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalisedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    LawfulBasis = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ConsentGivenOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConsentMethod = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AcceptsEmail = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcceptsPhone = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcceptsPost = table.Column<bool>(type: "INTEGER", nullable: false),
                    OptedOut = table.Column<bool>(type: "INTEGER", nullable: false),
                    OptedOutAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MergedIntoId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_contacts_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_contacts_regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organisation_memberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisation_memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organisation_memberships_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organisation_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    WrittenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisation_notes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organisation_notes_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partner_links",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LastUsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Submissions = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partner_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partner_links_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "prevent_interventions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OfficerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Response = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EngagementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prevent_interventions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_prevent_interventions_engagements_EngagementId",
                        column: x => x.EngagementId,
                        principalTable: "engagements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_prevent_interventions_prevent_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "prevent_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "prevent_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OfficerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReReferred = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Offended = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    PositiveOutcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prevent_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_prevent_reviews_prevent_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "prevent_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "prevent_special_category",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Neurodiversity = table.Column<string>(type: "TEXT", nullable: false),
                    Diagnosis = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    HealthNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    LawfulBasis = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prevent_special_category", x => x.Id);
                    table.ForeignKey(
                        name: "FK_prevent_special_category_prevent_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "prevent_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notification_preferences",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NotEmailed = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DailyDigest = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastDigestOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notification_preferences", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_notification_preferences_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partnerships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LeadOfficerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeadOfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partnerships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partnerships_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_partnerships_users_LeadOfficerId",
                        column: x => x.LeadOfficerId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "qualifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Course = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CpdHours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: true),
                    CertificateFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CertificateFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CertificateContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CertificateSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExpiryReminderSentFor = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_qualifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_qualifications_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_user_claims_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_user_logins_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_tokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_user_tokens_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
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

            migrationBuilder.CreateTable(
                name: "feedback_topic_ratings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TopicId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Before = table.Column<int>(type: "INTEGER", nullable: false),
                    After = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feedback_topic_ratings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_feedback_topic_ratings_feedback_responses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "feedback_responses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contact_search_words",
                columns: table => new
                {
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Word = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    SortName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contact_search_words", x => new { x.ContactId, x.Word });
                    table.ForeignKey(
                        name: "FK_contact_search_words_contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assistance_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RequesterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequesterEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RequesterPhone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    NeededBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TriageBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompleteBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AssignedOfficerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedOfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AssignedTeam = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    TriagedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TriagedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TriageReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RedirectedTo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EngagementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DoneByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LinkId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LastEmailedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastEmailed = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 832, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false, defaultValue: 0L),
                    ChangedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assistance_requests_engagements_EngagementId",
                        column: x => x.EngagementId,
                        principalTable: "engagements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_assistance_requests_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_assistance_requests_partner_links_LinkId",
                        column: x => x.LinkId,
                        principalTable: "partner_links",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_assistance_requests_regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "intelligence_industry_submissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    LinkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubmitterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubmitterEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    HappenedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AcknowledgementSent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Feedback = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FeedbackSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FeedbackByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intelligence_industry_submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_intelligence_industry_submissions_intelligence_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "intelligence_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_intelligence_industry_submissions_partner_links_LinkId",
                        column: x => x.LinkId,
                        principalTable: "partner_links",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assistance_request_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_request_notes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assistance_request_notes_assistance_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "assistance_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "intelligence_submission_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intelligence_submission_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_intelligence_submission_attachments_intelligence_industry_submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "intelligence_industry_submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "advice_items",
                columns: new[] { "Id", "Categories", "IsRetired", "Kind", "Phone", "Text", "VictimTypes", "WebAddress" },
                values: new object[,]
                {
                    { new Guid("00000000-0000-7000-9000-000100000000"), "[\"HackingSocialMediaOrEmail\",\"HackingServer\",\"Malware\",\"Ransomware\",\"ExtortionAndSextortion\"]", false, "Advice", null, "Change passwords, using three random words, and turn on 2-step verification", "[]", null },
                    { new Guid("00000000-0000-7000-9000-000100000001"), "[\"OnlineShoppingFraud\",\"RomanceFraud\",\"InvestmentFraud\",\"CourierFraud\",\"MandateOrCeoFraud\",\"TicketFraud\",\"AdvanceFeeFraud\"]", false, "Advice", null, "Contact your bank straight away, using the number on the back of your card", "[]", null },
                    { new Guid("00000000-0000-7000-9000-000100000002"), "[]", false, "Advice", null, "Report scam emails to the Suspicious Email Reporting Service (report@phishing.gov.uk) and texts to 7726", "[]", null },
                    { new Guid("00000000-0000-7000-9000-000100000003"), "[\"OnlineShoppingFraud\",\"RomanceFraud\",\"InvestmentFraud\",\"CourierFraud\",\"MandateOrCeoFraud\",\"TicketFraud\",\"AdvanceFeeFraud\",\"HackingSocialMediaOrEmail\"]", false, "Advice", null, "Check your credit record for accounts you did not open", "[]", null },
                    { new Guid("00000000-0000-7000-9000-000100000004"), "[\"HackingSocialMediaOrEmail\",\"ExtortionAndSextortion\"]", false, "Advice", null, "Secure social media and email recovery options (phone number, recovery email)", "[]", null },
                    { new Guid("00000000-0000-7000-9000-000100000005"), "[]", false, "Advice", null, "Keep evidence: screenshots, emails, messages and payment details", "[]", null },
                    { new Guid("00000000-0000-7000-9000-000100000006"), "[\"HackingServer\",\"Malware\",\"Ransomware\",\"DenialOfService\"]", false, "Advice", null, "Back up important data offline and keep software and devices updated", "[]", null },
                    { new Guid("00000000-0000-7000-9000-000100000007"), "[\"ExtortionAndSextortion\",\"Ransomware\",\"RomanceFraud\",\"AdvanceFeeFraud\"]", false, "Advice", null, "Do not pay or engage further with the offender", "[]", null },
                    { new Guid("00000000-0000-7000-9000-000200000000"), "[]", false, "Signpost", "08 08 16 89 111", "Victim Support", "[]", "www.victimsupport.org.uk" },
                    { new Guid("00000000-0000-7000-9000-000200000001"), "[]", false, "Signpost", null, "The victim's bank", "[]", null },
                    { new Guid("00000000-0000-7000-9000-000200000002"), "[]", false, "Signpost", "0300 123 2040", "The national reporting service (Report Fraud)", "[]", "www.reportfraud.police.uk" },
                    { new Guid("00000000-0000-7000-9000-000200000003"), "[]", false, "Signpost", "0808 223 1133", "Citizens Advice", "[\"Individual\"]", "www.citizensadvice.org.uk" },
                    { new Guid("00000000-0000-7000-9000-000200000004"), "[]", false, "Signpost", null, "Cyber Essentials", "[\"Organisation\"]", "www.ncsc.gov.uk/cyberessentials" },
                    { new Guid("00000000-0000-7000-9000-000200000005"), "[]", false, "Signpost", null, "Police CyberAlarm", "[\"Organisation\"]", "www.cyberalarm.police.uk" },
                    { new Guid("00000000-0000-7000-9000-000200000006"), "[]", false, "Signpost", null, "Take Five to Stop Fraud", "[]", "www.takefive-stopfraud.org.uk" },
                    { new Guid("00000000-0000-7000-9000-000200000007"), "[]", false, "Signpost", null, "National Cyber Security Centre guidance", "[]", "www.ncsc.gov.uk" }
                });

            migrationBuilder.InsertData(
                table: "change_counters",
                columns: new[] { "Name", "Value" },
                values: new object[] { "referrals", 0L });

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

            migrationBuilder.InsertData(
                table: "regions",
                columns: new[] { "Code", "Name", "UnitName" },
                values: new object[,]
                {
                    { "E", "Eastern", "Eastern Region Special Operations Unit (ERSOU)" },
                    { "EM", "East Midlands", "East Midlands Special Operations Unit (EMSOU)" },
                    { "LDN", "London", "Metropolitan Police Service and City of London Police" },
                    { "NE", "North East", "North East Regional Special Operations Unit (NERSOU)" },
                    { "NW", "North West", "North West Regional Organised Crime Unit (NWROCU)" },
                    { "SE", "South East", "South East Regional Organised Crime Unit (SEROCU)" },
                    { "SW", "South West", "South West Regional Organised Crime Unit (Zephyr)" },
                    { "WA", "Wales", "Southern Wales Regional Organised Crime Unit (Tarian)" },
                    { "WM", "West Midlands", "West Midlands Regional Organised Crime Unit (ROCU WM)" },
                    { "YH", "Yorkshire and the Humber", "Yorkshire and Humber Regional Organised Crime Unit (YHROCU)" }
                });

            migrationBuilder.InsertData(
                table: "forces",
                columns: new[] { "Code", "Name", "RegionCode" },
                values: new object[,]
                {
                    { "AVONSOMERSET", "Avon and Somerset Police", "SW" },
                    { "BEDFORDSHIRE", "Bedfordshire Police", "E" },
                    { "CAMBRIDGESHIRE", "Cambridgeshire Constabulary", "E" },
                    { "CHESHIRE", "Cheshire Constabulary", "NW" },
                    { "CITY", "City of London Police", "LDN" },
                    { "CLEVELAND", "Cleveland Police", "NE" },
                    { "CUMBRIA", "Cumbria Constabulary", "NW" },
                    { "DERBYSHIRE", "Derbyshire Constabulary", "EM" },
                    { "DEVONCORNWALL", "Devon and Cornwall Police", "SW" },
                    { "DORSET", "Dorset Police", "SW" },
                    { "DURHAM", "Durham Constabulary", "NE" },
                    { "DYFEDPOWYS", "Dyfed-Powys Police", "WA" },
                    { "ESSEX", "Essex Police", "E" },
                    { "GLOUCESTERSHIRE", "Gloucestershire Constabulary", "SW" },
                    { "GMP", "Greater Manchester Police", "NW" },
                    { "GWENT", "Gwent Police", "WA" },
                    { "HAMPSHIRE", "Hampshire and Isle of Wight Constabulary", "SE" },
                    { "HERTFORDSHIRE", "Hertfordshire Constabulary", "E" },
                    { "HUMBERSIDE", "Humberside Police", "YH" },
                    { "KENT", "Kent Police", "E" },
                    { "LANCASHIRE", "Lancashire Constabulary", "NW" },
                    { "LEICESTERSHIRE", "Leicestershire Police", "EM" },
                    { "LINCOLNSHIRE", "Lincolnshire Police", "EM" },
                    { "MERSEYSIDE", "Merseyside Police", "NW" },
                    { "MET", "Metropolitan Police Service", "LDN" },
                    { "NORFOLK", "Norfolk Constabulary", "E" },
                    { "NORTHANTS", "Northamptonshire Police", "EM" },
                    { "NORTHUMBRIA", "Northumbria Police", "NE" },
                    { "NORTHWALES", "North Wales Police", "NW" },
                    { "NORTHYORKS", "North Yorkshire Police", "YH" },
                    { "NOTTS", "Nottinghamshire Police", "EM" },
                    { "SOUTHWALES", "South Wales Police", "WA" },
                    { "SOUTHYORKS", "South Yorkshire Police", "YH" },
                    { "STAFFORDSHIRE", "Staffordshire Police", "WM" },
                    { "SUFFOLK", "Suffolk Constabulary", "E" },
                    { "SURREY", "Surrey Police", "SE" },
                    { "SUSSEX", "Sussex Police", "SE" },
                    { "THAMESVALLEY", "Thames Valley Police", "SE" },
                    { "WARWICKSHIRE", "Warwickshire Police", "WM" },
                    { "WESTMERCIA", "West Mercia Police", "WM" },
                    { "WESTMIDS", "West Midlands Police", "WM" },
                    { "WESTYORKS", "West Yorkshire Police", "YH" },
                    { "WILTSHIRE", "Wiltshire Police", "SW" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_advisories_PreviousVersionId",
                table: "advisories",
                column: "PreviousVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_advisories_Reference_Edition",
                table: "advisories",
                columns: new[] { "Reference", "Edition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_advisories_RegionCode_CreatedAt",
                table: "advisories",
                columns: new[] { "RegionCode", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_advisories_Tlp_Status_IssuedAt",
                table: "advisories",
                columns: new[] { "Tlp", "Status", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_advisory_indicators_AdvisoryId",
                table: "advisory_indicators",
                column: "AdvisoryId");

            migrationBuilder.CreateIndex(
                name: "IX_advisory_indicators_RegionCode_Key",
                table: "advisory_indicators",
                columns: new[] { "RegionCode", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_advisory_messages_AdvisoryId_Status",
                table: "advisory_messages",
                columns: new[] { "AdvisoryId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_advisory_messages_ClaimedBy",
                table: "advisory_messages",
                column: "ClaimedBy");

            migrationBuilder.CreateIndex(
                name: "IX_advisory_messages_ContactId",
                table: "advisory_messages",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_advisory_messages_OrganisationId_SentAt",
                table: "advisory_messages",
                columns: new[] { "OrganisationId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_advisory_messages_Status_NextAttemptAt",
                table: "advisory_messages",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_advisory_messages_Token",
                table: "advisory_messages",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assistance_request_notes_RequestId",
                table: "assistance_request_notes",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_requests_EngagementId",
                table: "assistance_requests",
                column: "EngagementId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assistance_requests_LinkId",
                table: "assistance_requests",
                column: "LinkId");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_requests_OrganisationId",
                table: "assistance_requests",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_requests_Reference",
                table: "assistance_requests",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assistance_requests_RegionCode_AssignedOfficerId_DueOn",
                table: "assistance_requests",
                columns: new[] { "RegionCode", "AssignedOfficerId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_requests_RegionCode_DueOn_Id",
                table: "assistance_requests",
                columns: new[] { "RegionCode", "DueOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_requests_RegionCode_Status_AssignedOfficerId",
                table: "assistance_requests",
                columns: new[] { "RegionCode", "Status", "AssignedOfficerId" });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_requests_RegionCode_Status_DoneAt",
                table: "assistance_requests",
                columns: new[] { "RegionCode", "Status", "DoneAt" });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_requests_RegionCode_Status_ReceivedAt_Id",
                table: "assistance_requests",
                columns: new[] { "RegionCode", "Status", "ReceivedAt", "Id" },
                descending: new[] { false, false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_audit_checkpoints_Sequence",
                table: "audit_checkpoints",
                column: "Sequence");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_ActorId",
                table: "audit_entries",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_OccurredAt",
                table: "audit_entries",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_RecordType_RecordId",
                table: "audit_entries",
                columns: new[] { "RecordType", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Sequence",
                table: "audit_entries",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_business_population_ForceCode",
                table: "business_population",
                column: "ForceCode");

            migrationBuilder.CreateIndex(
                name: "IX_business_population_RegionCode_ForceCode_Sector",
                table: "business_population",
                columns: new[] { "RegionCode", "ForceCode", "Sector" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_campaign_engagements_CampaignId_EngagementId",
                table: "campaign_engagements",
                columns: new[] { "CampaignId", "EngagementId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_campaign_engagements_EngagementId",
                table: "campaign_engagements",
                column: "EngagementId");

            migrationBuilder.CreateIndex(
                name: "IX_campaign_posts_CampaignId_ScheduledOn",
                table: "campaign_posts",
                columns: new[] { "CampaignId", "ScheduledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_campaign_posts_MaterialId",
                table: "campaign_posts",
                column: "MaterialId");

            migrationBuilder.CreateIndex(
                name: "IX_campaign_posts_RegionCode_ScheduledOn",
                table: "campaign_posts",
                columns: new[] { "RegionCode", "ScheduledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_campaigns_RegionCode_StartsOn_EndsOn",
                table: "campaigns",
                columns: new[] { "RegionCode", "StartsOn", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_contact_attempts_ReferralId_At",
                table: "contact_attempts",
                columns: new[] { "ReferralId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_contact_search_words_word",
                table: "contact_search_words",
                columns: new[] { "RegionCode", "Word" });

            migrationBuilder.CreateIndex(
                name: "IX_contacts_list_by_name",
                table: "contacts",
                columns: new[] { "RegionCode", "FullName", "Id" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_contacts_OrganisationId",
                table: "contacts",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_contacts_RegionCode_NormalisedEmail",
                table: "contacts",
                columns: new[] { "RegionCode", "NormalisedEmail" });

            migrationBuilder.CreateIndex(
                name: "IX_delivery_plans_RegionCode_Year",
                table: "delivery_plans",
                columns: new[] { "RegionCode", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_engagement_materials_EngagementId_MaterialId",
                table: "engagement_materials",
                columns: new[] { "EngagementId", "MaterialId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_engagement_materials_MaterialId",
                table: "engagement_materials",
                column: "MaterialId");

            migrationBuilder.CreateIndex(
                name: "IX_engagements_FeedbackToken",
                table: "engagements",
                column: "FeedbackToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_engagements_ForceCode",
                table: "engagements",
                column: "ForceCode");

            migrationBuilder.CreateIndex(
                name: "IX_engagements_LeadOfficerId",
                table: "engagements",
                column: "LeadOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_engagements_RegionCode_StartsAt_Id",
                table: "engagements",
                columns: new[] { "RegionCode", "StartsAt", "Id", "Team", "Kind", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_engagements_RegionCode_Status_StartsAt_Id",
                table: "engagements",
                columns: new[] { "RegionCode", "Status", "StartsAt", "Id", "Team", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_engagements_RegistrationToken",
                table: "engagements",
                column: "RegistrationToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_event_registrations_EngagementId_RegisteredAt",
                table: "event_registrations",
                columns: new[] { "EngagementId", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_event_registrations_OrganisationId_Attended",
                table: "event_registrations",
                columns: new[] { "OrganisationId", "Attended" });

            migrationBuilder.CreateIndex(
                name: "IX_feedback_responses_EngagementId",
                table: "feedback_responses",
                column: "EngagementId");

            migrationBuilder.CreateIndex(
                name: "IX_feedback_responses_SubmissionId",
                table: "feedback_responses",
                column: "SubmissionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_feedback_topic_ratings_ResponseId",
                table: "feedback_topic_ratings",
                column: "ResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_actions_EngagementId",
                table: "follow_up_actions",
                column: "EngagementId");

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_actions_OwnerId_CompletedAt",
                table: "follow_up_actions",
                columns: new[] { "OwnerId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_actions_RegionCode_DueOn",
                table: "follow_up_actions",
                columns: new[] { "RegionCode", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_forces_RegionCode",
                table: "forces",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_import_mapping_presets_RegionCode_Kind",
                table: "import_mapping_presets",
                columns: new[] { "RegionCode", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_import_uploads_Status",
                table: "import_uploads",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_import_uploads_UserId_UploadedAt",
                table: "import_uploads",
                columns: new[] { "UserId", "UploadedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_intelligence_disseminations_ReportId",
                table: "intelligence_disseminations",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_intelligence_facets_RegionCode_CountedOn",
                table: "intelligence_facets",
                columns: new[] { "RegionCode", "CountedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_intelligence_facets_RegionCode_Id",
                table: "intelligence_facets",
                columns: new[] { "RegionCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_intelligence_facets_ReportId",
                table: "intelligence_facets",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_intelligence_industry_submissions_LinkId",
                table: "intelligence_industry_submissions",
                column: "LinkId");

            migrationBuilder.CreateIndex(
                name: "IX_intelligence_industry_submissions_ReportId",
                table: "intelligence_industry_submissions",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_intelligence_reports_PreviousVersionId",
                table: "intelligence_reports",
                column: "PreviousVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_intelligence_reports_Reference_Edition",
                table: "intelligence_reports",
                columns: new[] { "Reference", "Edition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_intelligence_reports_RegionCode_CreatedAt_Id",
                table: "intelligence_reports",
                columns: new[] { "RegionCode", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_intelligence_reports_RegionCode_Status_CreatedAt_Id",
                table: "intelligence_reports",
                columns: new[] { "RegionCode", "Status", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_intelligence_requirements_Code",
                table: "intelligence_requirements",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_intelligence_requirements_RegionCode",
                table: "intelligence_requirements",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_intelligence_subjects_RegionCode_Key",
                table: "intelligence_subjects",
                columns: new[] { "RegionCode", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_intelligence_subjects_ReportId",
                table: "intelligence_subjects",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_intelligence_submission_attachments_SubmissionId",
                table: "intelligence_submission_attachments",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_lesson_uses_EngagementId",
                table: "lesson_uses",
                column: "EngagementId");

            migrationBuilder.CreateIndex(
                name: "IX_lesson_uses_LessonId_EngagementId",
                table: "lesson_uses",
                columns: new[] { "LessonId", "EngagementId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lessons_Reference",
                table: "lessons",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lessons_RegionCode_CreatedAt",
                table: "lessons",
                columns: new[] { "RegionCode", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_lessons_Status_AttackType_PublishedAt",
                table: "lessons",
                columns: new[] { "Status", "AttackType", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_lessons_Status_PublishedAt_Id",
                table: "lessons",
                columns: new[] { "Status", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_managed_list_items_Kind_Name",
                table: "managed_list_items",
                columns: new[] { "Kind", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_material_versions_MaterialId_Number",
                table: "material_versions",
                columns: new[] { "MaterialId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_materials_IsNational_IsRetired_UpdatedAt",
                table: "materials",
                columns: new[] { "IsNational", "IsRetired", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_materials_IsRetired_ReviewBy",
                table: "materials",
                columns: new[] { "IsRetired", "ReviewBy" });

            migrationBuilder.CreateIndex(
                name: "IX_materials_IsRetired_UpdatedAt_Id",
                table: "materials",
                columns: new[] { "IsRetired", "UpdatedAt", "Id" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_materials_RegionCode_IsRetired_UpdatedAt",
                table: "materials",
                columns: new[] { "RegionCode", "IsRetired", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_metric_definitions_Key_Version",
                table: "metric_definitions",
                columns: new[] { "Key", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notifications_Mail_CreatedAt",
                table: "notifications",
                columns: new[] { "Mail", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_UserId_Key",
                table: "notifications",
                columns: new[] { "UserId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notifications_UserId_ReadAt",
                table: "notifications",
                columns: new[] { "UserId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_organisation_memberships_Kind_OrganisationId",
                table: "organisation_memberships",
                columns: new[] { "Kind", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_organisation_memberships_Kind_StartedOn",
                table: "organisation_memberships",
                columns: new[] { "Kind", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_organisation_memberships_OrganisationId",
                table: "organisation_memberships",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_organisation_notes_OrganisationId",
                table: "organisation_notes",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_ForceCode",
                table: "organisations",
                column: "ForceCode");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_list_by_filters",
                table: "organisations",
                columns: new[] { "RegionCode", "Sector", "Size", "ForceCode", "Name", "Id" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_list_by_name",
                table: "organisations",
                columns: new[] { "RegionCode", "Name", "Id" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_list_by_newest",
                table: "organisations",
                columns: new[] { "RegionCode", "CreatedAt", "Id" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_list_by_size",
                table: "organisations",
                columns: new[] { "RegionCode", "Size", "Name", "Id" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_list_by_town",
                table: "organisations",
                columns: new[] { "RegionCode", "Town", "Name", "Id" },
                filter: "\"MergedIntoId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_MergedIntoId",
                table: "organisations",
                column: "MergedIntoId",
                filter: "\"MergedIntoId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_RegionCode_CompaniesHouseNumber",
                table: "organisations",
                columns: new[] { "RegionCode", "CompaniesHouseNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_organisations_RegionCode_NormalisedName",
                table: "organisations",
                columns: new[] { "RegionCode", "NormalisedName" });

            migrationBuilder.CreateIndex(
                name: "IX_organisations_RegionCode_Postcode",
                table: "organisations",
                columns: new[] { "RegionCode", "Postcode" });

            migrationBuilder.CreateIndex(
                name: "IX_partner_links_OrganisationId",
                table: "partner_links",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_partner_links_RegionCode_Purpose_OrganisationId",
                table: "partner_links",
                columns: new[] { "RegionCode", "Purpose", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_partner_links_TokenHash",
                table: "partner_links",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_partnerships_LeadOfficerId",
                table: "partnerships",
                column: "LeadOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_partnerships_OrganisationId",
                table: "partnerships",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_partnerships_ReviewOn",
                table: "partnerships",
                column: "ReviewOn");

            migrationBuilder.CreateIndex(
                name: "IX_performance_returns_RegionCode_Year_Quarter_ForceCode",
                table: "performance_returns",
                columns: new[] { "RegionCode", "Year", "Quarter", "ForceCode" });

            migrationBuilder.CreateIndex(
                name: "IX_performance_returns_Status_Year_Quarter",
                table: "performance_returns",
                columns: new[] { "Status", "Year", "Quarter" });

            migrationBuilder.CreateIndex(
                name: "IX_plan_objectives_PlanId",
                table: "plan_objectives",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_targets_ObjectiveId",
                table: "plan_targets",
                column: "ObjectiveId");

            migrationBuilder.CreateIndex(
                name: "IX_prevent_cases_AssignedToId_Status",
                table: "prevent_cases",
                columns: new[] { "AssignedToId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_prevent_cases_ForceCode",
                table: "prevent_cases",
                column: "ForceCode");

            migrationBuilder.CreateIndex(
                name: "IX_prevent_cases_open",
                table: "prevent_cases",
                columns: new[] { "RegionCode", "ReferredAt", "Id" },
                filter: "\"Status\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_prevent_cases_open_safeguarding",
                table: "prevent_cases",
                columns: new[] { "RegionCode", "ReferredAt", "Id" },
                filter: "\"Status\" <> 'Closed' AND \"SafeguardingRaisedAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_prevent_cases_Reference",
                table: "prevent_cases",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_prevent_cases_RegionCode_DateOfBirth",
                table: "prevent_cases",
                columns: new[] { "RegionCode", "DateOfBirth" });

            migrationBuilder.CreateIndex(
                name: "IX_prevent_cases_RegionCode_Status_ReferredAt_Id",
                table: "prevent_cases",
                columns: new[] { "RegionCode", "Status", "ReferredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_prevent_consultations_RegionCode_RecordedAt",
                table: "prevent_consultations",
                columns: new[] { "RegionCode", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_prevent_interventions_CaseId_On",
                table: "prevent_interventions",
                columns: new[] { "CaseId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_prevent_interventions_EngagementId",
                table: "prevent_interventions",
                column: "EngagementId");

            migrationBuilder.CreateIndex(
                name: "IX_prevent_interventions_RegionCode_On",
                table: "prevent_interventions",
                columns: new[] { "RegionCode", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_prevent_operation_list_entries_ListId_RowNumber",
                table: "prevent_operation_list_entries",
                columns: new[] { "ListId", "RowNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_prevent_operation_list_entries_MatchedCaseId",
                table: "prevent_operation_list_entries",
                column: "MatchedCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_prevent_operation_lists_RegionCode",
                table: "prevent_operation_lists",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_prevent_reviews_CaseId_Kind",
                table: "prevent_reviews",
                columns: new[] { "CaseId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_prevent_reviews_OfficerId_CompletedAt_DueOn",
                table: "prevent_reviews",
                columns: new[] { "OfficerId", "CompletedAt", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_prevent_special_category_CaseId",
                table: "prevent_special_category",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_qualifications_RegionCode_ExpiresOn",
                table: "qualifications",
                columns: new[] { "RegionCode", "ExpiresOn" });

            migrationBuilder.CreateIndex(
                name: "IX_qualifications_RegionCode_UserId",
                table: "qualifications",
                columns: new[] { "RegionCode", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_qualifications_UserId",
                table: "qualifications",
                column: "UserId");

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
                name: "IX_user_claims_UserId",
                table: "user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_user_logins_UserId",
                table: "user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_users_CalendarFeedHash",
                table: "users",
                column: "CalendarFeedHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_users_HomeForceCode",
                table: "users",
                column: "HomeForceCode");

            migrationBuilder.CreateIndex(
                name: "IX_users_RegionCode",
                table: "users",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "users",
                column: "NormalizedUserName",
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

            migrationBuilder.CreateIndex(
                name: "IX_victim_referrals_RegionCode_ReceivedAt",
                table: "victim_referrals",
                columns: new[] { "RegionCode", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_victim_referrals_RegionCode_Status_Priority_FirstContactDueOn",
                table: "victim_referrals",
                columns: new[] { "RegionCode", "Status", "Priority", "FirstContactDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_victim_referrals_SatisfactionToken",
                table: "victim_referrals",
                column: "SatisfactionToken",
                unique: true);

            SqliteSchema.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            SqliteSchema.Drop(migrationBuilder);
            migrationBuilder.DropTable(
                name: "advice_items");

            migrationBuilder.DropTable(
                name: "advisory_indicators");

            migrationBuilder.DropTable(
                name: "advisory_messages");

            migrationBuilder.DropTable(
                name: "assistance_request_notes");

            migrationBuilder.DropTable(
                name: "audit_checkpoints");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "business_population");

            migrationBuilder.DropTable(
                name: "campaign_engagements");

            migrationBuilder.DropTable(
                name: "campaign_posts");

            migrationBuilder.DropTable(
                name: "change_counters");

            migrationBuilder.DropTable(
                name: "contact_attempts");

            migrationBuilder.DropTable(
                name: "contact_search_words");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "engagement_materials");

            migrationBuilder.DropTable(
                name: "event_registrations");

            migrationBuilder.DropTable(
                name: "feedback_topic_ratings");

            migrationBuilder.DropTable(
                name: "follow_up_actions");

            migrationBuilder.DropTable(
                name: "import_chunks");

            migrationBuilder.DropTable(
                name: "import_mapping_presets");

            migrationBuilder.DropTable(
                name: "intelligence_disseminations");

            migrationBuilder.DropTable(
                name: "intelligence_facets");

            migrationBuilder.DropTable(
                name: "intelligence_requirements");

            migrationBuilder.DropTable(
                name: "intelligence_subjects");

            migrationBuilder.DropTable(
                name: "intelligence_submission_attachments");

            migrationBuilder.DropTable(
                name: "job_leases");

            migrationBuilder.DropTable(
                name: "lesson_uses");

            migrationBuilder.DropTable(
                name: "managed_list_items");

            migrationBuilder.DropTable(
                name: "material_versions");

            migrationBuilder.DropTable(
                name: "metric_definitions");

            migrationBuilder.DropTable(
                name: "notification_preferences");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "organisation_memberships");

            migrationBuilder.DropTable(
                name: "organisation_notes");

            migrationBuilder.DropTable(
                name: "partnerships");

            migrationBuilder.DropTable(
                name: "performance_returns");

            migrationBuilder.DropTable(
                name: "plan_targets");

            migrationBuilder.DropTable(
                name: "prevent_consultations");

            migrationBuilder.DropTable(
                name: "prevent_interventions");

            migrationBuilder.DropTable(
                name: "prevent_operation_list_entries");

            migrationBuilder.DropTable(
                name: "prevent_reviews");

            migrationBuilder.DropTable(
                name: "prevent_special_category");

            migrationBuilder.DropTable(
                name: "qualifications");

            migrationBuilder.DropTable(
                name: "referral_links");

            migrationBuilder.DropTable(
                name: "referral_rules");

            migrationBuilder.DropTable(
                name: "sign_in_throttles");

            migrationBuilder.DropTable(
                name: "stored_file_chunks");

            migrationBuilder.DropTable(
                name: "user_claims");

            migrationBuilder.DropTable(
                name: "user_logins");

            migrationBuilder.DropTable(
                name: "user_tokens");

            migrationBuilder.DropTable(
                name: "advisories");

            migrationBuilder.DropTable(
                name: "assistance_requests");

            migrationBuilder.DropTable(
                name: "campaigns");

            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropTable(
                name: "feedback_responses");

            migrationBuilder.DropTable(
                name: "import_uploads");

            migrationBuilder.DropTable(
                name: "intelligence_industry_submissions");

            migrationBuilder.DropTable(
                name: "lessons");

            migrationBuilder.DropTable(
                name: "materials");

            migrationBuilder.DropTable(
                name: "plan_objectives");

            migrationBuilder.DropTable(
                name: "prevent_operation_lists");

            migrationBuilder.DropTable(
                name: "prevent_cases");

            migrationBuilder.DropTable(
                name: "victim_referrals");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "engagements");

            migrationBuilder.DropTable(
                name: "intelligence_reports");

            migrationBuilder.DropTable(
                name: "partner_links");

            migrationBuilder.DropTable(
                name: "delivery_plans");

            migrationBuilder.DropTable(
                name: "organisations");

            migrationBuilder.DropTable(
                name: "forces");

            migrationBuilder.DropTable(
                name: "regions");
        }
    }
}
