using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;

namespace ProtectHub.Partners.Benchmarks;

/// <summary>
/// A binary COPY into one of the application's tables. The schema grows while the benchmark stays the same: a NOT NULL
/// column the benchmark does not know (added by a later migration) gets an empty default (empty array, false, 0, '') for
/// the length of the COPY, and is named on the console, so the data set still loads. Generated columns (such as an
/// engagement's SearchTitle) are the database's to fill and are left alone.
/// </summary>
internal sealed partial class TableCopy : IDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly string _table;
    private readonly List<string> _defaulted;
    private readonly NpgsqlBinaryImporter _writer;

    private TableCopy(NpgsqlConnection connection, string table, List<string> defaulted, NpgsqlBinaryImporter writer)
    {
        _connection = connection;
        _table = table;
        _defaulted = defaulted;
        _writer = writer;
    }

    [GeneratedRegex("""COPY\s+(\w+)\s*\(([^)]*)\)""")]
    private static partial Regex CopyStatement();

    public static TableCopy Begin(NpgsqlConnection connection, string copySql)
    {
        var match = CopyStatement().Match(copySql);
        var table = match.Groups[1].Value;
        var columns = match.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries).Select(c => c.Trim('"')).ToHashSet(StringComparer.Ordinal);
        var defaulted = new List<string>();
        using (var command = new NpgsqlCommand("""
            SELECT column_name, data_type FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = @table AND is_nullable = 'NO' AND column_default IS NULL AND is_generated = 'NEVER'
            """, connection))
        {
            command.Parameters.AddWithValue("table", table);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (!columns.Contains(reader.GetString(0)))
                {
                    defaulted.Add($"{reader.GetString(0)}\t{reader.GetString(1)}");
                }
            }
        }

        foreach (var column in defaulted.Select(d => d.Split('\t')))
        {
            var empty = column[1] switch
            {
                "ARRAY" => "'{}'",
                "boolean" => "false",
                "integer" or "bigint" or "smallint" or "numeric" or "double precision" or "real" => "0",
                "timestamp with time zone" => "now()",
                "date" => "current_date",
                "uuid" => "'00000000-0000-0000-0000-000000000000'",
                "bytea" => "''::bytea",
                _ => "''",
            };
            Execute(connection, $"ALTER TABLE {table} ALTER COLUMN \"{column[0]}\" SET DEFAULT {empty}");
            Console.WriteLine($"  note: {table}.{column[0]} ({column[1]}) is new to the benchmark: loaded as {empty}");
        }

        return new TableCopy(connection, table, defaulted, connection.BeginBinaryImport(copySql));
    }

    public void StartRow() => _writer.StartRow();

    public void Write<T>(T value, NpgsqlDbType type) => _writer.Write(value, type);

    public void WriteNull() => _writer.WriteNull();

    public void Complete()
    {
        _writer.Complete();
        _writer.Dispose();
        foreach (var column in _defaulted.Select(d => d.Split('\t')[0]))
        {
            Execute(_connection, $"ALTER TABLE {_table} ALTER COLUMN \"{column}\" DROP DEFAULT");
        }
    }

    public void Dispose() => _writer.Dispose();

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
