using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProtectHub.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EventsCalendarAndImportJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Summary",
                table: "import_uploads",
                newName: "FailureMessage");

            migrationBuilder.AddColumn<string>(
                name: "CalendarFeedHash",
                table: "users",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AlreadyHeld",
                table: "import_uploads",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ErrorCount",
                table: "import_uploads",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ErrorsJson",
                table: "import_uploads",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Imported",
                table: "import_uploads",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "InvalidRows",
                table: "import_uploads",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "MappingJson",
                table: "import_uploads",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RowsDone",
                table: "import_uploads",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowsTotal",
                table: "import_uploads",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "import_uploads",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Capacity",
                table: "engagements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RegistrationClosed",
                table: "engagements",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "RegistrationToken",
                table: "engagements",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Sectors",
                table: "engagements",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "SupportingOfficerIds",
                table: "engagements",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            // Uploads from before imports ran in the background: waiting for columns, or done (their counts were not kept).
            migrationBuilder.Sql("UPDATE import_uploads SET \"Status\" = CASE WHEN \"ImportedAt\" IS NULL THEN 'Uploaded' ELSE 'Finished' END, \"FailureMessage\" = NULL");

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

            migrationBuilder.CreateIndex(
                name: "IX_users_CalendarFeedHash",
                table: "users",
                column: "CalendarFeedHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_import_uploads_Status",
                table: "import_uploads",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_engagements_LeadOfficerId",
                table: "engagements",
                column: "LeadOfficerId");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "event_registrations");

            migrationBuilder.DropIndex(
                name: "IX_users_CalendarFeedHash",
                table: "users");

            migrationBuilder.DropIndex(
                name: "IX_import_uploads_Status",
                table: "import_uploads");

            migrationBuilder.DropIndex(
                name: "IX_engagements_LeadOfficerId",
                table: "engagements");

            migrationBuilder.DropIndex(
                name: "IX_engagements_RegistrationToken",
                table: "engagements");

            migrationBuilder.DropColumn(
                name: "CalendarFeedHash",
                table: "users");

            migrationBuilder.DropColumn(
                name: "AlreadyHeld",
                table: "import_uploads");

            migrationBuilder.DropColumn(
                name: "ErrorCount",
                table: "import_uploads");

            migrationBuilder.DropColumn(
                name: "ErrorsJson",
                table: "import_uploads");

            migrationBuilder.DropColumn(
                name: "Imported",
                table: "import_uploads");

            migrationBuilder.DropColumn(
                name: "InvalidRows",
                table: "import_uploads");

            migrationBuilder.DropColumn(
                name: "MappingJson",
                table: "import_uploads");

            migrationBuilder.DropColumn(
                name: "RowsDone",
                table: "import_uploads");

            migrationBuilder.DropColumn(
                name: "RowsTotal",
                table: "import_uploads");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "import_uploads");

            migrationBuilder.DropColumn(
                name: "Capacity",
                table: "engagements");

            migrationBuilder.DropColumn(
                name: "RegistrationClosed",
                table: "engagements");

            migrationBuilder.DropColumn(
                name: "RegistrationToken",
                table: "engagements");

            migrationBuilder.DropColumn(
                name: "Sectors",
                table: "engagements");

            migrationBuilder.DropColumn(
                name: "SupportingOfficerIds",
                table: "engagements");

            migrationBuilder.RenameColumn(
                name: "FailureMessage",
                table: "import_uploads",
                newName: "Summary");
        }
    }
}
