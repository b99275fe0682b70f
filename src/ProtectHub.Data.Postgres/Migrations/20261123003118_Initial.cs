using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace ProtectHub.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecordType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RecordId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RegionCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Details = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CorrelationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            // The audit log is append-only in the database too, not only in the application.
            migrationBuilder.Sql(@"CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entries is append-only';
END $$;");
            migrationBuilder.Sql("CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entries FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();");

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "import_uploads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    InvalidRowsCsv = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_uploads", x => x.Id);
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
                name: "regions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UnitName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "forces",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false)
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
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FeedbackToken = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NormalisedName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Sector = table.Column<char>(type: "character(1)", nullable: true),
                    Size = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ForceCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AddressLine1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AddressLine2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Town = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Postcode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    Website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CompaniesHouseNumber = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "uuid", nullable: true)
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
                name: "users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    HomeForceCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Roles = table.Column<string[]>(type: "text[]", nullable: false),
                    Teams = table.Column<string[]>(type: "text[]", nullable: false),
                    VettingLevel = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    VettingExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IsDisabled = table.Column<bool>(type: "boolean", nullable: false),
                    DisabledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MfaEnrolledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastTotpTimeStep = table.Column<long>(type: "bigint", nullable: false),
                    IsDemoAccount = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
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
                name: "feedback_responses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    EngagementId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IntendedActions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Comments = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
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

            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JobRole = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalisedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    LawfulBasis = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ConsentGivenOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConsentMethod = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AcceptsEmail = table.Column<bool>(type: "boolean", nullable: false),
                    AcceptsPhone = table.Column<bool>(type: "boolean", nullable: false),
                    AcceptsPost = table.Column<bool>(type: "boolean", nullable: false),
                    OptedOut = table.Column<bool>(type: "boolean", nullable: false),
                    OptedOutAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MergedIntoId = table.Column<Guid>(type: "uuid", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    WrittenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "partnerships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LeadOfficerId = table.Column<Guid>(type: "uuid", nullable: false),
                    LeadOfficerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
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
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
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
                name: "feedback_topic_ratings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ResponseId = table.Column<Guid>(type: "uuid", nullable: false),
                    TopicId = table.Column<Guid>(type: "uuid", nullable: false),
                    Before = table.Column<int>(type: "integer", nullable: false),
                    After = table.Column<int>(type: "integer", nullable: false)
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
                name: "IX_contacts_OrganisationId",
                table: "contacts",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_contacts_RegionCode_FullName",
                table: "contacts",
                columns: new[] { "RegionCode", "FullName" });

            migrationBuilder.CreateIndex(
                name: "IX_contacts_RegionCode_NormalisedEmail",
                table: "contacts",
                columns: new[] { "RegionCode", "NormalisedEmail" });

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
                name: "IX_engagements_RegionCode_StartsAt",
                table: "engagements",
                columns: new[] { "RegionCode", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_engagements_RegionCode_Status",
                table: "engagements",
                columns: new[] { "RegionCode", "Status" });

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
                name: "IX_forces_RegionCode",
                table: "forces",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_import_uploads_UserId_UploadedAt",
                table: "import_uploads",
                columns: new[] { "UserId", "UploadedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_managed_list_items_Kind_Name",
                table: "managed_list_items",
                columns: new[] { "Kind", "Name" },
                unique: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entries_append_only ON audit_entries;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_entries_append_only();");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "feedback_topic_ratings");

            migrationBuilder.DropTable(
                name: "follow_up_actions");

            migrationBuilder.DropTable(
                name: "import_uploads");

            migrationBuilder.DropTable(
                name: "managed_list_items");

            migrationBuilder.DropTable(
                name: "organisation_memberships");

            migrationBuilder.DropTable(
                name: "organisation_notes");

            migrationBuilder.DropTable(
                name: "partnerships");

            migrationBuilder.DropTable(
                name: "user_claims");

            migrationBuilder.DropTable(
                name: "user_logins");

            migrationBuilder.DropTable(
                name: "user_tokens");

            migrationBuilder.DropTable(
                name: "feedback_responses");

            migrationBuilder.DropTable(
                name: "organisations");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "engagements");

            migrationBuilder.DropTable(
                name: "forces");

            migrationBuilder.DropTable(
                name: "regions");
        }
    }
}
