using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Imports;
using ProtectHub.Core.Victims;

namespace ProtectHub.Performance.Benchmarks;

/// <summary>
/// Issue #5's import benchmark, on a copy of the data set: gives the earlier referrals of individuals personal details
/// (so that linkage has something to link), writes a referral list of N rows (a tenth of them victims already held,
/// reported again; one in fifty invalid), imports it through ReferralImport (checking, chunked saves by binary COPY
/// with the ledger and audit, linkage against every earlier referral), then times PostgreSQL's own COPY of the same
/// rows into a table of the same shape and indexes.
/// </summary>
internal static class ImportBenchmark
{
    private static readonly string[] FirstNames =
    [
        "Amelia", "Oliver", "Isla", "George", "Ava", "Noah", "Mia", "Arthur", "Ivy", "Muhammad", "Freya", "Leo", "Lily", "Harry", "Florence", "Oscar",
        "Grace", "Archie", "Sophia", "Henry", "Evie", "Jack", "Rosie", "Theo", "Poppy", "Jacob", "Ella", "Charlie", "Alice", "Thomas", "Daisy", "Joshua",
        "Sienna", "William", "Willow", "James", "Emily", "Alfie", "Elsie", "Edward",
    ];

    private static readonly string[] SurnameStarts =
    [
        "Ash", "Bar", "Bell", "Black", "Brad", "Brook", "Cart", "Chap", "Cole", "Cross", "Dal", "Ed", "Fair", "Fen", "Gold", "Green", "Hal", "Hart",
        "Hol", "Kings", "Lang", "Law", "Mar", "Mor", "New", "North", "Old", "Park", "Pen", "Rad", "Red", "Ros", "Shel", "Stan", "Stock", "Thorn",
        "Wal", "West", "Whit", "Wood",
    ];

    /// <summary>The letters a postcode's inward code may end with (never C, I, K, M, O or V).</summary>
    private const string UnitLetters = "ABDEFGHJLNPQRSTUWXYZ";

    private static readonly string[] SurnameEnds = ["ley", "ton", "ford", "well", "wood", "ham", "field", "by", "worth", "son", "man", "er", "ridge", "more", "stone", "brook", "combe", "den", "hurst", "low", "thorpe", "wick", "shaw", "gate", "cliffe"];

    // Each detail from its own hash of the referral's number, so that earlier people are distinct: drawn from one
    // number by division and remainder, a shared date of birth also meant a shared first name and address, and every
    // 27,000th person looked like the same one (2.3 million "repeat" links for 200,000 rows).
    private const string EarlierDetails = """
        UPDATE victim_referrals SET
            "FullName" = (string_to_array(@first, ','))[1 + (abs(hashint8(n::bigint * 16 + 1)::bigint) % 40)::int] || ' ' || (string_to_array(@starts, ','))[1 + (abs(hashint8(n::bigint * 16 + 2)::bigint) % 40)::int] || (string_to_array(@ends, ','))[1 + (abs(hashint8(n::bigint * 16 + 3)::bigint) % 25)::int],
            "DateOfBirth" = date '1935-01-01' + ((abs(hashint8(n::bigint * 16 + 4)::bigint) % 27000)::int)::int,
            "Email" = 'person' || n || '@example.org',
            "Phone" = '07' || lpad(((n::bigint * 104729) % 1000000000)::text, 9, '0'),
            "Postcode" = (ARRAY['LE','NG','DE','LN','NN'])[1 + (abs(hashint8(n::bigint * 16 + 5)::bigint) % 5)::int] || (1 + (abs(hashint8(n::bigint * 16 + 6)::bigint) % 40)::int) || ' ' || ((abs(hashint8(n::bigint * 16 + 7)::bigint) % 10)::int) || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + ((abs(hashint8(n::bigint * 16 + 8)::bigint) % 20)::int)::int, 1) || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + ((abs(hashint8(n::bigint * 16 + 9)::bigint) % 20)::int)::int, 1),
            "AddressLine1" = (1 + (abs(hashint8(n::bigint * 16 + 10)::bigint) % 300)::int) || ' ' || (ARRAY['High Street','Church Road','Station Road','Main Street','Park Avenue','Mill Lane'])[1 + (abs(hashint8(n::bigint * 16 + 11)::bigint) % 6)::int]
        FROM (SELECT "Id" AS id, substring("CrimeReference" from 5)::bigint AS n FROM victim_referrals WHERE "VictimType" = 'Individual') s
        WHERE victim_referrals."Id" = s.id
        """;

    public static async Task<int> RunAsync(string connectionString, int rows, bool organisations)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var clock = Stopwatch.StartNew();
        if (await Scalar<long>(dataSource, "SELECT count(*) FROM victim_referrals WHERE \"VictimType\" = 'Individual' AND \"DateOfBirth\" IS NULL") > 0)
        {
            await using var command = dataSource.CreateCommand(EarlierDetails);
            command.CommandTimeout = 0;
            command.Parameters.AddWithValue("first", string.Join(',', FirstNames));
            command.Parameters.AddWithValue("starts", string.Join(',', SurnameStarts));
            command.Parameters.AddWithValue("ends", string.Join(',', SurnameEnds));
            Console.WriteLine($"earlier referrals of individuals given personal details: {await command.ExecuteNonQueryAsync()} in {clock.Elapsed.TotalSeconds:0} s");
        }

        // The state a production server is in (issue #16): giving 2.7 million referrals their details leaves as many dead
        // row versions, which autovacuum would otherwise clean up while the import is being timed.
        clock.Restart();
        await using (var vacuum = dataSource.CreateCommand("VACUUM ANALYZE victim_referrals"))
        {
            vacuum.CommandTimeout = 0;
            await vacuum.ExecuteNonQueryAsync();
        }
        Console.WriteLine($"victim_referrals vacuumed and analysed before the import is timed (the state a production server is in): {clock.Elapsed.TotalSeconds:0} s");

        var earlierCount = await Scalar<long>(dataSource, "SELECT count(*) FROM victim_referrals");
        var (file, invalidRows, repeats) = await ListAsync(dataSource, rows, organisations);
        Console.WriteLine($"referral list: {rows} rows ({repeats} victims already held, {invalidRows} invalid), {file.Length / 1024 / 1024} MB, against {earlierCount} earlier referrals");

        var user = await Scalar<Guid>(dataSource, "SELECT \"Id\" FROM users WHERE \"Email\" = 'supervisor@demo.protecthub.test'");
        await using var provider = Program.Services(connectionString,
            new ActorScope { UserId = user, ActorName = "Sam Supervisor (benchmark)", RestrictToRegion = true, RegionCode = "EM" });
        using var scope = provider.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtectHubDbContext>();
        var upload = new ImportUpload { RegionCode = "EM", UserId = user, Kind = "referrals", FileName = "weekly.csv", Content = [], UploadedAt = DateTimeOffset.UtcNow };
        db.Add(upload);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var import = scope.ServiceProvider.GetRequiredService<ReferralImport>();
        var total = Stopwatch.StartNew();
        var (table, error) = TabularFile.Read(file, "weekly.csv");
        if (table is null)
        {
            Console.Error.WriteLine(error);
            return 1;
        }

        var reading = total.Elapsed;
        var result = await import.RunAsync(new ImportContext(upload.Id, table, ImportMapping.Suggest(import.Fields, table.Headers)));
        total.Stop();
        var (checking, saving, linking) = import.LastRunTimings;
        var links = await Scalar<long>(dataSource, $"SELECT count(*) FROM referral_links l JOIN victim_referrals r ON r.\"Id\" = l.\"ReferralId\" WHERE r.\"ImportId\" = '{upload.Id}'");
        Console.WriteLine($"import: {result.Imported} imported, {result.AlreadyHeld} already held, {result.InvalidRows} invalid rows reported, {links} links to earlier referrals");
        Console.WriteLine($"import took {total.Elapsed.TotalSeconds:0.0} s: reading the file {reading.TotalSeconds:0.0} s, checking rows {checking.TotalSeconds:0.0} s, " +
            $"saving (inserts by COPY in chunks of {ReferralImport.ChunkSize}, with ledger and audit) {saving.TotalSeconds:0.0} s, linking {linking.TotalSeconds:0.0} s  (target: under 180 s)");

        foreach (var (phase, took) in scope.ServiceProvider.GetRequiredService<RepeatVictims>().LastRunPhases)
        {
            Console.WriteLine($"  linking: {phase} in {took.TotalSeconds:0.0} s");
        }

        // PostgreSQL's own COPY of the same rows (as CSV text, parsed by the server) into a table of the same shape and indexes.
        var columns = "\"Id\", \"RegionCode\", \"ForceCode\", \"CrimeReference\", \"ReportedOn\", \"OffenceOn\", \"VictimType\", \"FullName\", \"OrganisationName\", \"DateOfBirth\", " +
            "\"Email\", \"Phone\", \"AddressLine1\", \"Town\", \"Postcode\", \"OffenceCategory\", \"AmountLost\", \"Summary\", \"VulnerabilityFlags\", \"Team\", \"Status\", " +
            "\"Priority\", \"PriorityReasons\", \"ReceivedAt\", \"FirstContactDueOn\", \"FailedAttempts\", \"AdviceGiven\", \"Signposted\", \"EarlierReports\", \"ImportId\", \"RowHash\", \"UpdatedAt\"";
        await using var connection = await dataSource.OpenConnectionAsync();
        await using (var create = new NpgsqlCommand("DROP TABLE IF EXISTS copy_check; CREATE TABLE copy_check (LIKE victim_referrals INCLUDING ALL)", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        var csv = new StringBuilder();
        using (var reader = await connection.BeginTextExportAsync($"COPY (SELECT {columns} FROM victim_referrals WHERE \"ImportId\" = '{upload.Id}') TO STDOUT (FORMAT csv)"))
        {
            csv.Append(await reader.ReadToEndAsync());
        }

        var copyClock = Stopwatch.StartNew();
        await using (var writer = await connection.BeginTextImportAsync($"COPY copy_check ({columns}) FROM STDIN (FORMAT csv)"))
        {
            await writer.WriteAsync(csv.ToString());
        }

        copyClock.Stop();
        var copied = await Scalar<long>(dataSource, "SELECT count(*) FROM copy_check");
        var ours = result.Imported / saving.TotalSeconds;
        var theirs = copied / copyClock.Elapsed.TotalSeconds;
        Console.WriteLine($"PostgreSQL COPY of the same {copied} rows: {copyClock.Elapsed.TotalSeconds:0.0} s ({theirs:0} rows a second); " +
            $"ProtectHub's saving: {ours:0} rows a second; ratio {ours / theirs:0.00}  (target: at least 0.50)");
        return 0;
    }

    private static async Task<T> Scalar<T>(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.CommandTimeout = 0;
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<(byte[] File, int Invalid, int Repeats)> ListAsync(NpgsqlDataSource dataSource, int rows, bool organisations)
    {
        // Victims already held, reported again: a sample of earlier individuals, some with a typo in the name.
        var held = new List<string[]>();
        await using (var command = dataSource.CreateCommand(
            $"SELECT \"FullName\", \"DateOfBirth\", \"Email\", \"Phone\", \"Postcode\", \"AddressLine1\" FROM victim_referrals TABLESAMPLE SYSTEM (10) WHERE \"VictimType\" = 'Individual' LIMIT {rows / 10}"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                held.Add([reader.GetString(0), reader.GetFieldValue<DateOnly>(1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5)]);
            }
        }

        var offences = new[] { "Romance fraud", "Courier fraud", "Investment fraud", "Online shopping fraud", "Hacking - social media and email", "Ransomware", "Ticket fraud" };
        var forces = new[] { "Derbyshire Constabulary", "Leicestershire Police", "Lincolnshire Police", "Northamptonshire Police", "Nottinghamshire Police" };
        // With --organisations every victim is an organisation: linkage (individuals only) has nothing to do, which
        // times checking and saving alone.
        var text = new StringBuilder("Crime Reference,Date Reported,Victim Type,Organisation,Victim Name,DOB,Email,Phone,Postcode,Address,Force,Offence Category,Amount Lost,Summary,Vulnerability\n");
        var (invalid, repeats) = (0, 0);
        var random = new Random(5);
        for (var i = 0; i < rows; i++)
        {
            var reference = "NFRC" + (9_000_000_000L + i).ToString(CultureInfo.InvariantCulture);
            var reported = new DateOnly(2026, 11, 1).AddDays(i % 28).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            string[] person;
            if (i % 10 == 0 && repeats < held.Count)
            {
                person = (string[])held[repeats++].Clone();
                if (i % 30 == 0)
                {
                    person[0] = person[0][..^1] + (person[0][^1] == 'e' ? 'a' : 'e'); // a typo the linkage must see through
                }
            }
            else
            {
                var n = 10_000_000 + i;
                person =
                [
                    $"{FirstNames[n % 40]} {SurnameStarts[(n / 40) % 40]}{SurnameEnds[(n / 1600) % 25]}",
                    new DateOnly(1935, 1, 1).AddDays(random.Next(27000)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                    $"new{n}@example.net", "07" + random.NextInt64(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture),
                    $"NG{1 + random.Next(34)} {random.Next(10)}{UnitLetters[random.Next(20)]}{UnitLetters[random.Next(20)]}", $"{1 + random.Next(300)} Mill Lane",
                ];
            }

            if (i % 50 == 25)
            {
                invalid++;
                reported = i % 100 == 25 ? "31/02/2026" : reported; // an impossible date, or
                reference = i % 100 == 75 ? "" : reference; // no reference at all
            }

            text.Append(CultureInfo.InvariantCulture, $"{reference},{reported},{(organisations ? "Organisation" : "Individual")},{(organisations ? $"Bench Business {i} Ltd" : "")},{person[0]},{person[1]},{person[2]},{person[3]},{person[4]},{person[5]},{forces[i % 5]},{offences[i % 7]},{(i % 3 == 0 ? "" : (i % 5000).ToString(CultureInfo.InvariantCulture))},Reported online,{(i % 17 == 0 ? "Aged 75 or over" : "")}\n");
        }

        return (Encoding.UTF8.GetBytes(text.ToString()), invalid, repeats);
    }
}
