using ProtectHub.Partners.Benchmarks;

// Issue #4's benchmark: 100,000 organisations, 300,000 contacts and 500,000 engagements in PostgreSQL; list, search and
// timeline pages under 100 ms at the 95th percentile with 16 concurrent users; 100,000 contact rows imported in under
// 30 seconds. run.sh drives the whole thing; each command can be run on its own (see docs/benchmarks/partners.md).
return args.Length == 0 ? Usage() : await RunAsync(args[0], Options.Parse(args[1..]));

static async Task<int> RunAsync(string command, Options options)
{
    try
    {
        return command switch
        {
            "generate" => await Generator.RunAsync(options),
            "load" => await LoadDriver.RunAsync(options),
            "signin" => await LoadDriver.SignInOnlyAsync(options),
            "import" => await ImportBenchmark.RunAsync(options),
            "check" => await DataSetCheck.RunAsync(options),
            _ => Usage(),
        };
    }
    catch (OptionException e)
    {
        await Console.Error.WriteLineAsync(e.Message);
        return 2;
    }
}

static int Usage()
{
    Console.Error.WriteLine("""
        ProtectHub partners benchmark (issue #4)

          generate --connection CS [--region EM] [--organisations 100000] [--contacts 300000] [--engagements 500000]
                   [--seed 4] [--contacts-csv FILE] [--csv-rows 100000] [--organisations-csv FILE] [--append]
              Migrates the database, bulk-loads the data set with binary COPY into the real tables, writes the import
              files, then VACUUM ANALYZE. Lead officers are the region's users (start the web app once first, in
              Development, so the demo users exist).

          check --connection CS [--region EM] [--organisations 100000] [--contacts 300000] [--engagements 500000]
              Exits 4, saying what it found, unless each table holds its declared size within 1 %.

          load --base-url http://127.0.0.1:5100 [--users 16] [--duration 30] [--warmup 10] [--connection CS]
               [--email officer.cyberprotect@demo.protecthub.test] [--password demo-protecthub-2026]
               [--sets a,b,...] [--results FILE] [--urls-out DIR] [--cookie-out FILE] [--server-pid PID] [--pg-data DIR]
              Signs in once, then drives each set of pages with N concurrent clients sharing that session for the
              duration (seconds) and prints count, req/s, mean, p50, p95, p99 and max per set. --connection picks
              organisation ids for the timeline pages from the database (otherwise from the list pages). With
              --server-pid (the web app) and --pg-data (PostgreSQL's data directory) it also reports CPU ms per request
              of each, and the share of the machine other work took (over 10 % marks the set as disturbed).

          signin --base-url URL --cookie-out FILE      Signs in once and writes the Cookie header (for wrk).

          import --connection CS --file FILE [--kind auto|contacts|organisations] [--region EM] [--email USER] [--pg-data DIR]
              Times a file import through the Core services exactly as the web does (a user scope of the region).
              auto uses ContactImport when the Core has it, otherwise OrganisationImport on the organisations file.
        """);
    return 2;
}
