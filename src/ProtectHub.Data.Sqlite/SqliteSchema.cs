using Microsoft.EntityFrameworkCore.Migrations;

namespace ProtectHub.Data.Sqlite;

/// <summary>The parts of the SQLite schema EF's model cannot express, applied by the initial migration.</summary>
internal static class SqliteSchema
{
    public static void Create(MigrationBuilder migration)
    {
        // The audit log and its signed checkpoints can only grow: the database refuses updates and deletes.
        migration.Sql("CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;");
        migration.Sql("CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;");
        migration.Sql("CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints BEGIN SELECT RAISE(ABORT, 'audit_checkpoints is append-only'); END;");
        migration.Sql("CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints BEGIN SELECT RAISE(ABORT, 'audit_checkpoints is append-only'); END;");
    }

    public static void Drop(MigrationBuilder migration)
    {
        foreach (var trigger in new[] { "audit_entries_no_update", "audit_entries_no_delete", "audit_checkpoints_no_update", "audit_checkpoints_no_delete" })
        {
            migration.Sql($"DROP TRIGGER IF EXISTS {trigger};");
        }
    }
}
