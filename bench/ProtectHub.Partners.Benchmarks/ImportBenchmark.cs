using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ProtectHub.Core.Access;
using ProtectHub.Core.Imports;
using ProtectHub.Core.Partners;

namespace ProtectHub.Partners.Benchmarks;

/// <summary>
/// The "import" command: reads a CSV with <see cref="TabularFile"/> and runs an import class of the Core on it through
/// the Core's own services, acting as a user of the region, exactly as the web's import page does; reports rows/second.
/// </summary>
/// <remarks>
/// The import class is found by name and called through reflection (SuggestMapping or Fields for the column mapping,
/// RunAsync(file, mapping, progress, ct) for the import), so the benchmark keeps building while the Core's import API
/// moves, and picks up ContactImport as soon as the Core has it. Adding an import is one line in <see cref="Kinds"/>.
/// </remarks>
internal static class ImportBenchmark
{
    /// <summary>Kind of import on the command line, and the Core class that does it.</summary>
    private static readonly (string Kind, string TypeName)[] Kinds =
    [
        ("contacts", "ProtectHub.Core.Partners.ContactImport"),
        ("organisations", "ProtectHub.Core.Partners.OrganisationImport"),
    ];

    public static async Task<int> RunAsync(Options options)
    {
        var connectionString = options.Required("connection");
        var region = options.Get("region", "EM");
        var kind = options.Get("kind", "auto");
        var coreAssembly = typeof(OrganisationImport).Assembly;
        Type? importType = null;
        string? file = options.Get("file");
        if (kind == "auto")
        {
            // Contacts when the Core can import them (the figure issue #4 asks for), organisations until then.
            (kind, importType) = coreAssembly.GetType(Kinds[0].TypeName) is { } contacts ? ("contacts", contacts) : ("organisations", typeof(OrganisationImport));
            file = kind == "contacts" ? options.Get("contacts-file") ?? file : options.Get("organisations-file") ?? file;
        }
        else
        {
            var typeName = Kinds.FirstOrDefault(k => k.Kind == kind).TypeName ?? throw new OptionException($"--kind must be auto, {string.Join(", ", Kinds.Select(k => k.Kind))}");
            importType = coreAssembly.GetType(typeName) ?? throw new OptionException($"The Core has no {typeName} yet");
        }

        if (file is null)
        {
            throw new OptionException("--file is required (or --contacts-file and --organisations-file with --kind auto)");
        }

        var actor = await ActorAsync(connectionString, options.Get("email", LoadDriver.DefaultEmail), region);
        Console.WriteLine($"import of {kind} with {importType.Name}, acting as {actor.ActorName} ({region}), file {file}");

        var clock = Stopwatch.StartNew();
        var bytes = await File.ReadAllBytesAsync(file);
        var (table, error) = TabularFile.Read(bytes, Path.GetFileName(file));
        if (table is null)
        {
            throw new OptionException($"The file cannot be read: {error}");
        }

        var readSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"read {table.Rows.Count:N0} rows ({bytes.Length / 1024.0 / 1024:0.0} MB) in {readSeconds:0.00} s");

        using var services = CoreServices.Build(connectionString, actor);
        using var scope = services.CreateScope();
        var import = ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, importType);
        var mapping = SuggestMapping(importType, import, table.Headers);
        Console.WriteLine("mapping: " + string.Join(", ", mapping.OrderBy(m => m.Value).Select(m => $"{table.Headers[m.Value]} -> {m.Key}")));

        var lastReport = Stopwatch.StartNew();
        void Progress(int rows)
        {
            if (lastReport.Elapsed.TotalSeconds >= 5)
            {
                Console.WriteLine($"  {rows:N0} rows after {clock.Elapsed.TotalSeconds:0.0} s");
                lastReport.Restart();
            }
        }

        var meter = CpuMeter.Create(null, options.Get("pg-data"));
        var before = meter.Take();
        var run = Stopwatch.StartNew();
        var result = await InvokeRunAsync(importType, import, table, mapping, Progress);
        var runSeconds = run.Elapsed.TotalSeconds;
        var cpu = CpuMeter.Between(before, meter.Take());
        var total = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"imported {Read(result, "Imported")}, already held {Read(result, "AlreadyHeld")}, invalid rows {Read(result, "InvalidRows")}");
        if (meter.Enabled)
        {
            var disturbed = cpu.OtherPercent > 10 ? $" (DISTURBED: {cpu.TopOthers})" : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"CPU during the import: this process {cpu.SelfMs / 1000:0.0} s, PostgreSQL {cpu.PostgresMs / 1000:0.0} s, other work {cpu.OtherPercent:0} % of the machine{disturbed}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"IMPORT kind={kind} rows={table.Rows.Count} read_s={readSeconds:0.00} import_s={runSeconds:0.00} total_s={total:0.00} rows_per_s={table.Rows.Count / runSeconds:0} under_30s={(total < 30 ? "yes" : "NO")}"));
        return 0;
    }

    /// <summary>The mapping the import page suggests: SuggestMapping(headers) if the class has it, otherwise from its Fields' aliases.</summary>
    private static Dictionary<string, int> SuggestMapping(Type type, object import, IReadOnlyList<string> headers)
    {
        var suggest = type.GetMethod("SuggestMapping", BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance, [typeof(IReadOnlyList<string>)]);
        if (suggest?.Invoke(suggest.IsStatic ? null : import, [headers]) is IDictionary<string, int> suggested)
        {
            return new Dictionary<string, int>(suggested, StringComparer.Ordinal);
        }

        var fields = type.GetProperty("Fields", BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance)?.GetValue(import) as IEnumerable
            ?? throw new InvalidOperationException($"{type.Name} has neither SuggestMapping(headers) nor Fields");
        var mapping = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var name = (string)Member(field, "Field", "Item1")!;
            var aliases = (string[])Member(field, "Aliases", "Item4")!;
            var column = Enumerable.Range(0, headers.Count).FirstOrDefault(i => aliases.Contains(Key(headers[i])), -1);
            if (column >= 0 && !mapping.ContainsValue(column))
            {
                mapping[name] = column;
            }
        }

        return mapping;

        static string Key(string header) => new(header.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
    }

    private static object? Member(object value, string property, string tupleField) =>
        value.GetType().GetProperty(property)?.GetValue(value) ?? value.GetType().GetField(tupleField)?.GetValue(value);

    /// <summary>Calls RunAsync(file, mapping, progress, ct), whichever way the class takes its progress (IProgress or a callback).</summary>
    private static async Task<object> InvokeRunAsync(Type type, object import, TabularFile file, IReadOnlyDictionary<string, int> mapping, Action<int> progress)
    {
        var method = type.GetMethods(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(m => m.Name == "RunAsync"
            && m.GetParameters() is [var f, var map, ..] && f.ParameterType == typeof(TabularFile) && map.ParameterType.IsAssignableFrom(typeof(Dictionary<string, int>)))
            ?? throw new InvalidOperationException($"{type.Name} has no RunAsync(TabularFile, IReadOnlyDictionary<string, int>, ...)");
        var arguments = method.GetParameters().Select((p, i) => i switch
        {
            0 => file,
            1 => mapping,
            _ when p.ParameterType == typeof(IProgress<int>) => new SyncProgress(progress),
            _ when p.ParameterType == typeof(Func<int, Task>) => (Func<int, Task>)(rows => { progress(rows); return Task.CompletedTask; }),
            _ when p.ParameterType == typeof(CancellationToken) => CancellationToken.None,
            _ => p.HasDefaultValue ? p.DefaultValue : null,
        }).ToArray();
        var task = (Task)method.Invoke(import, arguments)!;
        await task;
        return task.GetType().GetProperty("Result")!.GetValue(task)!;
    }

    private static string Read(object result, string property) =>
        result.GetType().GetProperty(property)?.GetValue(result) is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "" : "?";

    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    /// <summary>The scope the web builds for that user (region filter on); a made-up officer if the user does not exist.</summary>
    private static async Task<ActorScope> ActorAsync(string connectionString, string email, string region)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT "Id", "DisplayName", "Roles" FROM users WHERE "NormalizedEmail" = upper(@email) AND "RegionCode" = @region
            """, connection);
        command.Parameters.AddWithValue("email", email);
        command.Parameters.AddWithValue("region", region);
        await using var reader = await command.ExecuteReaderAsync();
        if (await reader.ReadAsync())
        {
            var roles = reader.GetFieldValue<string[]>(2).Select(r => Enum.Parse<Role>(r)).ToList();
            return ActorScope.ForUser(reader.GetGuid(0), email, region, roles, "bench-import");
        }

        await Console.Error.WriteLineAsync($"No user {email} in {region}: importing as a made-up officer of the region");
        return ActorScope.ForUser(Guid.CreateVersion7(), "bench.officer@example.test", region, [Role.Officer], "bench-import");
    }
}
