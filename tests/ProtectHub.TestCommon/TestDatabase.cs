using Npgsql;

namespace ProtectHub.TestCommon;

/// <summary>
/// The database a test factory runs on. PROTECTHUB_TEST_PROVIDER selects Sqlite (default) or Postgres; for Postgres,
/// PROTECTHUB_TEST_POSTGRES is the server's connection string (the test command starts a throwaway server) and every
/// factory gets a database of its own.
/// </summary>
public static class TestDatabase
{
    public static string Provider => Environment.GetEnvironmentVariable("PROTECTHUB_TEST_PROVIDER") is { Length: > 0 } p ? p : "Sqlite";

    public static bool IsPostgres => Provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase);

    public static string CreateConnectionString()
    {
        var name = "ph_test_" + Guid.NewGuid().ToString("N")[..12];
        if (!IsPostgres)
        {
            return $"Data Source={Path.Combine(Path.GetTempPath(), name + ".db")}";
        }

        var server = Environment.GetEnvironmentVariable("PROTECTHUB_TEST_POSTGRES")
            ?? throw new InvalidOperationException("PROTECTHUB_TEST_PROVIDER is Postgres but PROTECTHUB_TEST_POSTGRES (the server's connection string) is not set.");
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }
}
