using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ProtectHub.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ContactSearchWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "contact_search_words",
                columns: table => new
                {
                    ContactId = table.Column<Guid>(type: "uuid", nullable: false),
                    Word = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    RegionCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    SortName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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

            // The words of a name and email address, split as ContactSearchWord.WordsOf splits them (same separators).
            migrationBuilder.Sql("""
                CREATE FUNCTION contact_search_words_of(full_name text, email text) RETURNS SETOF text
                LANGUAGE sql IMMUTABLE AS $$
                    SELECT DISTINCT left(w, 64)
                    FROM regexp_split_to_table(lower(coalesce(full_name, '') || ' ' || coalesce(email, '')), '[\s!-/:-@\[-`{-~‘’“”–—]+') AS w
                    WHERE w <> ''
                $$;
                """);
            migrationBuilder.Sql("""
                INSERT INTO contact_search_words ("ContactId", "Word", "RegionCode", "SortName")
                SELECT c."Id", w, c."RegionCode", c."FullName"
                FROM contacts c CROSS JOIN LATERAL contact_search_words_of(c."FullName", c."NormalisedEmail") AS w
                WHERE c."MergedIntoId" IS NULL;
                """);

            // Kept in step by the database, once a statement, so that bulk writes (imports by the thousand, COPY) pay
            // for one set-based insert rather than a round trip a contact.
            migrationBuilder.Sql("""
                CREATE FUNCTION contact_search_words_added() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO contact_search_words ("ContactId", "Word", "RegionCode", "SortName")
                    SELECT n."Id", w, n."RegionCode", n."FullName"
                    FROM new_rows n CROSS JOIN LATERAL contact_search_words_of(n."FullName", n."NormalisedEmail") AS w
                    WHERE n."MergedIntoId" IS NULL;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER contact_search_words_added AFTER INSERT ON contacts
                REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION contact_search_words_added();

                CREATE FUNCTION contact_search_words_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM contact_search_words s
                    USING old_rows o JOIN new_rows n ON n."Id" = o."Id"
                    WHERE s."ContactId" = o."Id"
                      AND (o."FullName", o."NormalisedEmail", o."MergedIntoId", o."RegionCode")
                          IS DISTINCT FROM (n."FullName", n."NormalisedEmail", n."MergedIntoId", n."RegionCode");
                    INSERT INTO contact_search_words ("ContactId", "Word", "RegionCode", "SortName")
                    SELECT n."Id", w, n."RegionCode", n."FullName"
                    FROM old_rows o JOIN new_rows n ON n."Id" = o."Id"
                    CROSS JOIN LATERAL contact_search_words_of(n."FullName", n."NormalisedEmail") AS w
                    WHERE n."MergedIntoId" IS NULL
                      AND (o."FullName", o."NormalisedEmail", o."MergedIntoId", o."RegionCode")
                          IS DISTINCT FROM (n."FullName", n."NormalisedEmail", n."MergedIntoId", n."RegionCode");
                    RETURN NULL;
                END $$;

                CREATE TRIGGER contact_search_words_changed AFTER UPDATE ON contacts
                REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION contact_search_words_changed();
                """);

            migrationBuilder.CreateIndex(
                name: "IX_contact_search_words_word",
                table: "contact_search_words",
                columns: new[] { "RegionCode", "Word" })
                .Annotation("Npgsql:IndexInclude", new[] { "SortName", "ContactId" });

            // Contact search no longer looks for substrings of names and emails: their trigram indexes only slowed writes.
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_contacts_full_name_trgm\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_contacts_email_trgm\";");

            // Statistics for the planner now, not at autovacuum's next visit.
            migrationBuilder.Sql("ANALYZE contact_search_words;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER contact_search_words_changed ON contacts;
                DROP TRIGGER contact_search_words_added ON contacts;
                DROP FUNCTION contact_search_words_changed();
                DROP FUNCTION contact_search_words_added();
                DROP FUNCTION contact_search_words_of(text, text);
                """);
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_contacts_full_name_trgm\" ON contacts USING gin (lower(\"FullName\") gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_contacts_email_trgm\" ON contacts USING gin (\"NormalisedEmail\" gin_trgm_ops);");
            migrationBuilder.DropTable(
                name: "contact_search_words");
        }
    }
}
