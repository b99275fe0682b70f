using System.Globalization;
using Npgsql;

namespace ProtectHub.Partners.Benchmarks;

/// <summary>
/// The guard every measurement runs behind: the region must hold the declared data set (each table within 1 % of its
/// declared size), else the benchmark stops with what it found. A benchmark that ran on the 30 demo organisations and
/// reported "p95 under 100 ms" measured nothing.
/// </summary>
internal static class DataSetCheck
{
    public static async Task<int> RunAsync(Options options)
    {
        var (ok, report) = await CheckAsync(options.Required("connection"), options.Get("region", "EM"),
            [("organisations", options.Int("organisations", 100_000)), ("contacts", options.Int("contacts", 300_000)), ("engagements", options.Int("engagements", 500_000))]);
        Console.WriteLine(report);
        return ok ? 0 : 4;
    }

    public static async Task<(bool Ok, string Report)> CheckAsync(string connectionString, string region, IReadOnlyList<(string Table, long Declared)> tables)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var lines = new List<string>();
        var ok = true;
        foreach (var (table, declared) in tables)
        {
            // Table names come from the fixed list above, never from input.
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table} WHERE \"RegionCode\" = @region", connection);
            command.Parameters.AddWithValue("region", region);
            var held = Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            var within = Math.Abs(held - declared) <= declared * 0.01;
            ok &= within;
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{table}: {held:N0} in {region}, declared {declared:N0}: {(within ? "ok" : "NOT the declared data set")}"));
        }

        lines.Add(ok
            ? "data set checked: every table within 1 % of its declared size"
            : "refusing to measure: the database does not hold the declared data set (run with --regenerate, or generate it first)");
        return (ok, string.Join(Environment.NewLine, lines));
    }
}
