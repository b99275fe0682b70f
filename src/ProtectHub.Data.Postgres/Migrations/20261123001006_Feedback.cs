using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProtectHub.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Feedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FeedbackToken",
                table: "engagements",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_engagements_FeedbackToken",
                table: "engagements",
                column: "FeedbackToken",
                unique: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "feedback_topic_ratings");

            migrationBuilder.DropTable(
                name: "feedback_responses");

            migrationBuilder.DropIndex(
                name: "IX_engagements_FeedbackToken",
                table: "engagements");

            migrationBuilder.DropColumn(
                name: "FeedbackToken",
                table: "engagements");
        }
    }
}
