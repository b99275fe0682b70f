using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Imports;
using ProtectHub.Core.Prevent;

namespace ProtectHub.Performance.Benchmarks;

/// <summary>
/// Issue #17's import and letter benchmark, over the Prevent data set (generate-prevent.sql): checks the data set is the
/// declared size, writes a national operation's list of N rows (a tenth of them young people already held: half by
/// name and date of birth, half by the handle they use as a username; one in a hundred invalid), imports and links it
/// through OperationListImport (checking, chunked saves, the linkage engine and handle matching), then renders the
/// warning letters of a list of L people through OperationLists.PrintAsync (read, fill in, mark printed, audit).
/// </summary>
internal static class PreventBenchmark
{
    public static async Task<int> RunAsync(string connectionString, int rows, int letters, int declaredCases)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var cases = await Scalar<long>(dataSource, "SELECT count(*) FROM prevent_cases WHERE \"RegionCode\" = 'EM'");
        var interventions = await Scalar<long>(dataSource, "SELECT count(*) FROM prevent_interventions WHERE \"RegionCode\" = 'EM'");
        Console.WriteLine($"data set: {cases:N0} Prevent cases, {interventions:N0} interventions in East Midlands");
        if (Math.Abs(cases - declaredCases) > declaredCases / 100)
        {
            Console.Error.WriteLine($"The data set holds {cases:N0} Prevent cases, not the {declaredCases:N0} declared (within 1 %): generate it again (run.sh --prevent --regenerate).");
            return 4;
        }

        var held = new List<(string First, string Last, DateOnly Born, string Handle)>();
        // Young people still held: the web app's daily retention job anonymises closed cases past their retention (no
        // name or date of birth), and a generated data set a day old holds some.
        await using (var command = dataSource.CreateCommand("SELECT \"FirstName\", \"LastName\", \"DateOfBirth\", \"Handles\"[1] FROM prevent_cases WHERE \"Reference\" LIKE 'PV-B%' AND \"AnonymisedAt\" IS NULL AND \"DateOfBirth\" IS NOT NULL ORDER BY \"Reference\" LIMIT @n"))
        {
            command.Parameters.AddWithValue("n", rows / 10);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                held.Add((reader.GetString(0), reader.GetString(1), DateOnly.FromDateTime(reader.GetDateTime(2)), reader.GetString(3)));
            }
        }

        var user = await Scalar<Guid>(dataSource, "SELECT \"Id\" FROM users WHERE \"Email\" = 'officer.cyberprevent@demo.protecthub.test'");
        await using var provider = Program.Services(connectionString,
            new ActorScope { UserId = user, ActorName = "Omar Officer (benchmark)", RestrictToRegion = true, RegionCode = "EM" });

        var (imported, matched, took) = await ImportAsync(provider, user, List(rows, held), $"Operation bench {rows}.csv");
        Console.WriteLine($"operation list of {rows:N0} rows ({held.Count:N0} young people already held) against {cases:N0} cases: {imported:N0} imported, {matched:N0} matched to cases, " +
            $"in {took.TotalSeconds:0.0} s  (target: under 60 s)");

        var (_, _, _) = await ImportAsync(provider, user, List(letters, [], withInvalid: false), $"Operation letters {letters}.csv", link: false);
        using (var scope = provider.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProtectHubDbContext>();
            var list = await db.Set<OperationList>().Where(l => l.Name == $"Operation letters {letters}").OrderByDescending(l => l.CreatedAt).FirstAsync();
            var clock = Stopwatch.StartNew();
            var printed = await scope.ServiceProvider.GetRequiredService<OperationLists>().PrintAsync(list);
            var characters = printed.Sum(p => (long)p.Letter.Length);
            clock.Stop();
            Console.WriteLine($"warning letters: {printed.Count:N0} rendered ({characters / 1024:N0} KB of text) and recorded as printed in {clock.Elapsed.TotalSeconds:0.00} s  (target: 10,000 in under 30 s)");
        }

        return 0;
    }

    private static byte[] List(int rows, List<(string First, string Last, DateOnly Born, string Handle)> held, bool withInvalid = true)
    {
        var csv = new StringBuilder("First name,Surname,DOB,Email,Username,Postcode\n");
        for (var i = 0; i < rows; i++)
        {
            if (withInvalid && i % 100 == 99)
            {
                csv.Append(CultureInfo.InvariantCulture, $"Bad,Row{i},31/02/2009,not-an-email,,\n");
            }
            else if (i % 10 == 0 && i / 10 < held.Count)
            {
                var (first, last, born, handle) = held[i / 10];
                csv.Append(i % 20 == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{first},{last},{born:dd/MM/yyyy},,,\n")
                    : $",,,,{handle[(handle.IndexOf(':', StringComparison.Ordinal) + 2)..]},\n");
            }
            else
            {
                csv.Append(CultureInfo.InvariantCulture, $"Listed{i},Person{i % 977},{new DateOnly(1995, 1, 1).AddDays(i % 6000):dd/MM/yyyy},listed{i}@example.net,user{i},\n");
            }
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static async Task<(int Imported, int Matched, TimeSpan Took)> ImportAsync(ServiceProvider provider, Guid user, byte[] file, string fileName, bool link = true)
    {
        using var scope = provider.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtectHubDbContext>();
        var upload = new ImportUpload { RegionCode = "EM", UserId = user, Kind = OperationListImport.KindName, FileName = fileName, Content = [], UploadedAt = DateTimeOffset.UtcNow };
        db.Add(upload);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var clock = Stopwatch.StartNew();
        var (table, error) = TabularFile.Read(file, fileName);
        if (table is null)
        {
            throw new InvalidOperationException(error);
        }

        var import = scope.ServiceProvider.GetRequiredService<OperationListImport>();
        var result = await import.RunAsync(new ImportContext(upload.Id, table, ImportMapping.Suggest(import.Fields, table.Headers)));
        clock.Stop();
        var matched = link ? await db.Set<OperationListEntry>().CountAsync(e => e.ListId == upload.Id && e.MatchedCaseId != null) : 0;
        return (result.Imported, matched, clock.Elapsed);
    }

    private static async Task<T> Scalar<T>(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.CommandTimeout = 0;
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
