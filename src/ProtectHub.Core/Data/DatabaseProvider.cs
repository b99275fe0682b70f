namespace ProtectHub.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
