using Microsoft.EntityFrameworkCore.Migrations;

namespace ProtectHub.Data.Postgres;

/// <summary>
/// The parts of the PostgreSQL schema EF's model cannot express, kept here (readable, reviewed as code) and applied by
/// the initial migration: append-only audit tables, trigram and array indexes for search, and the triggers that keep
/// contact search words in step with contacts.
/// </summary>
internal static class PostgresSchema
{
    public static void Create(MigrationBuilder migration)
    {
        // The audit log and its signed checkpoints can only grow: the database refuses updates, deletes and truncation.
        migration.Sql("""
            CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_entries is append-only';
            END $$;
            CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entries
                FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();

            CREATE FUNCTION audit_checkpoints_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_checkpoints is append-only';
            END $$;
            CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
                FOR EACH ROW EXECUTE FUNCTION audit_checkpoints_append_only();
            CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
                FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoints_append_only();
            """);

        // Substring search ("contains") on names and titles: trigram indexes let PostgreSQL answer lower(x) LIKE
        // '%text%' without reading the whole table. pg_trgm ships with PostgreSQL (contrib) and is a trusted extension,
        // so the database owner may create it.
        migration.Sql("""
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
            CREATE INDEX "IX_organisations_name_trgm" ON organisations USING gin (lower("Name") gin_trgm_ops);
            CREATE INDEX "IX_organisations_normalised_name_trgm" ON organisations USING gin ("NormalisedName" gin_trgm_ops);
            CREATE INDEX "IX_engagements_search_title_trgm" ON engagements USING gin ("SearchTitle" gin_trgm_ops);
            CREATE INDEX "IX_victim_referrals_open_full_name_trgm" ON victim_referrals USING gin (lower("FullName") gin_trgm_ops) WHERE "Status" <> 'Closed';
            CREATE INDEX "IX_victim_referrals_open_organisation_trgm" ON victim_referrals USING gin (lower("OrganisationName") gin_trgm_ops) WHERE "Status" <> 'Closed';
            CREATE INDEX "IX_lessons_published_search_trgm" ON lessons USING gin ("SearchText" gin_trgm_ops) WHERE "Status" = 'Published';
            CREATE INDEX "IX_assistance_requests_search_trgm" ON assistance_requests USING gin ("SearchText" gin_trgm_ops);
            CREATE INDEX "IX_materials_search_trgm" ON materials USING gin ("SearchText" gin_trgm_ops);
            CREATE INDEX "IX_campaigns_search_trgm" ON campaigns USING gin ("SearchText" gin_trgm_ops);
            """);

        // An organisation's timeline finds its engagements by array containment (@>).
        migration.Sql("""CREATE INDEX "IX_engagements_organisation_ids" ON engagements USING gin ("OrganisationIds");""");

        // Contact search words, kept in step by the database once a statement, so that bulk writes (imports by the
        // thousand, COPY) pay for one set-based insert rather than a round trip a contact. The words of a name and
        // email address are split as ContactSearchWord.WordsOf splits them (same separators).
        migration.Sql("""
            CREATE FUNCTION contact_search_words_of(full_name text, email text) RETURNS SETOF text
            LANGUAGE sql IMMUTABLE AS $$
                SELECT DISTINCT left(w, 64)
                FROM regexp_split_to_table(lower(coalesce(full_name, '') || ' ' || coalesce(email, '')), '[\s!-/:-@\[-`{-~‘’“”–—]+') AS w
                WHERE w <> ''
            $$;

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
    }

    public static void Drop(MigrationBuilder migration) =>
        migration.Sql("""
            DROP TRIGGER IF EXISTS contact_search_words_changed ON contacts;
            DROP TRIGGER IF EXISTS contact_search_words_added ON contacts;
            DROP FUNCTION IF EXISTS contact_search_words_changed();
            DROP FUNCTION IF EXISTS contact_search_words_added();
            DROP FUNCTION IF EXISTS contact_search_words_of(text, text);
            DROP TRIGGER IF EXISTS audit_entries_append_only ON audit_entries;
            DROP FUNCTION IF EXISTS audit_entries_append_only() CASCADE;
            DROP FUNCTION IF EXISTS audit_checkpoints_append_only() CASCADE;
            """);
}
