using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace ProtectHub.Partners.Benchmarks;

/// <summary>
/// The "load" command: signs in once as a demo user, then drives each set of pages with N concurrent clients sharing
/// that session, and reports latency percentiles per set. Every answer must be 200: anything else (a redirect to
/// sign-in, a 404, a 500) is counted as an error and printed.
/// </summary>
internal static partial class LoadDriver
{
    public const string DefaultEmail = "officer.cyberprotect@demo.protecthub.test";
    public const string DefaultPassword = "demo-protecthub-2026";

    public sealed record UrlSet(string Name, string Description, IReadOnlyList<string> Urls);

    public sealed record Result(string Name, string Description, int Requests, int Errors, double Seconds, double Mean, double P50, double P95, double P99, double Max,
        CpuMeter.Usage Cpu)
    {
        public double PerSecond => Requests / Seconds;

        public double WebMsPerRequest => Cpu.ServerMs / Math.Max(1, Requests);

        public double DbMsPerRequest => Cpu.PostgresMs / Math.Max(1, Requests);

        /// <summary>More than a tenth of the machine went to other work: the figures are not to be trusted.</summary>
        public bool Disturbed => Cpu.OtherPercent > 10;
    }

    public static async Task<int> SignInOnlyAsync(Options options)
    {
        var baseUrl = new Uri(options.Get("base-url", "http://127.0.0.1:5100"));
        var cookie = await SignInAsync(baseUrl, options.Get("email", DefaultEmail), options.Get("password", DefaultPassword));
        await File.WriteAllTextAsync(options.Required("cookie-out"), cookie);
        Console.WriteLine($"signed in as {options.Get("email", DefaultEmail)}; Cookie header written to {options.Required("cookie-out")}");
        return 0;
    }

    public static async Task<int> RunAsync(Options options)
    {
        var baseUrl = new Uri(options.Get("base-url", "http://127.0.0.1:5100"));
        var users = Math.Max(1, options.Int("users", 16));
        var duration = TimeSpan.FromSeconds(Math.Max(1, options.Int("duration", 30)));
        var warmup = TimeSpan.FromSeconds(options.Int("warmup", 10));
        var email = options.Get("email", DefaultEmail);
        var meter = CpuMeter.Create(options.Get("server-pid") is { } pid ? int.Parse(pid, CultureInfo.InvariantCulture) : null, options.Get("pg-data"));

        var session = new SessionCookie(await SignInAsync(baseUrl, email, options.Get("password", DefaultPassword)));
        Console.WriteLine($"signed in as {email}");
        if (options.Get("cookie-out") is { } cookieOut)
        {
            await File.WriteAllTextAsync(cookieOut, session.Value);
        }

        using var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = users,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        };
        using var client = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };

        var sets = await UrlSetsAsync(client, session, options.Get("connection"), options.Get("region", "EM"));
        if (options.Get("urls-out") is { } urlsOut)
        {
            Directory.CreateDirectory(urlsOut);
            foreach (var set in sets)
            {
                await File.WriteAllLinesAsync(Path.Combine(urlsOut, set.Name + ".txt"), set.Urls);
            }

            Console.WriteLine($"URL lists for wrk written to {urlsOut}");
        }

        if (options.Get("sets") is { } only)
        {
            var names = only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            sets = sets.Where(s => names.Contains(s.Name, StringComparer.OrdinalIgnoreCase)).ToList();
        }

        if (warmup > TimeSpan.Zero && sets.Count > 0)
        {
            var all = new UrlSet("warm-up", "every URL once over", sets.SelectMany(s => s.Urls).Distinct().ToList());
            var w = await RunSetAsync(client, session, all, users, warmup, meter);
            Console.WriteLine($"warm-up: {w.Requests} requests in {w.Seconds:0} s, {w.Errors} errors, p95 {w.P95:0} ms");
        }

        Console.WriteLine($"{users} concurrent users, {duration.TotalSeconds:0} s per set, one shared session; times in ms (request sent to whole body read);");
        Console.WriteLine("web and db: CPU ms per request of the web server and of PostgreSQL; other: share of the machine used by anything else (over 10 % = disturbed)");
        Console.WriteLine(Header());
        var results = new List<Result>();
        foreach (var set in sets)
        {
            var result = await RunSetAsync(client, session, set, users, duration, meter);
            results.Add(result);
            Console.WriteLine(Row(result));
        }

        if (options.Get("results") is { } resultsFile)
        {
            await File.WriteAllTextAsync(resultsFile, Markdown(results, users, duration));
            Console.WriteLine($"results written to {resultsFile}");
        }

        if (results.Any(r => r.Disturbed))
        {
            Console.WriteLine("DISTURBED (other work used over 10 % of the machine): " + string.Join("; ", results.Where(r => r.Disturbed).Select(r => $"{r.Name} {r.Cpu.OtherPercent:0} % ({r.Cpu.TopOthers})")));
        }

        var misses = results.Where(r => r.P95 >= 100 || r.Errors > 0).ToList();
        Console.WriteLine(misses.Count == 0
            ? "every set: p95 under 100 ms, no errors"
            : "over 100 ms at p95 or with errors: " + string.Join(", ", misses.Select(r => $"{r.Name} ({r.P95:0} ms, {r.Errors} errors)")));
        return 0;
    }

    public static string Header() =>
        $"{"set",-22} {"requests",8} {"errors",6} {"req/s",7} {"mean",7} {"p50",7} {"p95",7} {"p99",7} {"max",7}  p95<100 {"web",6} {"db",6} {"other",6}";

    public static string Row(Result r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Name,-22} {r.Requests,8} {r.Errors,6} {r.PerSecond,7:0.0} {r.Mean,7:0.0} {r.P50,7:0.0} {r.P95,7:0.0} {r.P99,7:0.0} {r.Max,7:0}  {(r.P95 < 100 ? "yes" : "NO "),-7} {r.WebMsPerRequest,6:0.0} {r.DbMsPerRequest,6:0.0} {r.Cpu.OtherPercent,5:0}%");

    private static string Markdown(List<Result> results, int users, TimeSpan duration)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{users} concurrent users, {duration.TotalSeconds:0} s per set (C# driver; ms)");
        text.AppendLine();
        text.AppendLine("| set | what | requests | errors | req/s | mean | p50 | p95 | p99 | max | web CPU ms/req | db CPU ms/req | other load |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Description} | {r.Requests} | {r.Errors} | {r.PerSecond:0.0} | {r.Mean:0.0} | {r.P50:0.0} | {r.P95:0.0} | {r.P99:0.0} | {r.Max:0} | {r.WebMsPerRequest:0.0} | {r.DbMsPerRequest:0.0} | {r.Cpu.OtherPercent:0} % |");
        }

        return text.ToString();
    }

    /// <summary>Runs one set: each user sends one request after another, through the set's URLs from its own starting point.</summary>
    public static async Task<Result> RunSetAsync(HttpClient client, SessionCookie session, UrlSet set, int users, TimeSpan duration, CpuMeter meter)
    {
        var before = meter.Take();
        var clock = Stopwatch.StartNew();
        var errors = new List<string>();
        var workers = Enumerable.Range(0, users).Select(user => Task.Run(async () =>
        {
            var latencies = new List<double>(4096);
            var failures = new List<string>();
            var next = user * set.Urls.Count / users;
            while (clock.Elapsed < duration)
            {
                var url = set.Urls[next++ % set.Urls.Count];
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, url);
                    request.Headers.TryAddWithoutValidation("Cookie", session.Value);
                    using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                    _ = await response.Content.ReadAsByteArrayAsync();
                    session.Update(response);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        failures.Add($"{(int)response.StatusCode} {url}" + (response.Headers.Location is { } to ? $" -> {to}" : ""));
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failures.Add($"{e.GetType().Name} {url}: {e.Message}");
                }

                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            return (latencies, failures);
        })).ToList();
        var done = await Task.WhenAll(workers);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpu = CpuMeter.Between(before, meter.Take());
        var all = done.SelectMany(d => d.latencies).Order().ToArray();
        foreach (var failure in done.SelectMany(d => d.failures))
        {
            errors.Add(failure);
        }

        foreach (var group in errors.GroupBy(e => e).OrderByDescending(g => g.Count()).Take(10))
        {
            Console.WriteLine($"  error in {set.Name}: {group.Key} (x{group.Count()})");
        }

        return new Result(set.Name, set.Description, all.Length, errors.Count, seconds,
            all.Length == 0 ? 0 : all.Average(), Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), all.Length == 0 ? 0 : all[^1], cpu);
    }

    /// <summary>Nearest rank on sorted values.</summary>
    public static double Percentile(double[] sorted, double q) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>
    /// The pages of issue #4: organisation list (first and deep pages), search and filters; contacts list and search;
    /// engagements list and filters; organisation timelines for random organisations and for the busiest ones. The
    /// "random" ones are the same on every run over the same data set (ordered by a hash of the id), so runs compare.
    /// </summary>
    private static async Task<List<UrlSet>> UrlSetsAsync(HttpClient client, SessionCookie session, string? connectionString, string region)
    {
        List<Guid> randomIds;
        List<Guid> busiestIds = [];
        List<string> postcodes = [];
        if (connectionString is not null)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            randomIds = await GuidsAsync(connection, """
                SELECT "Id" FROM organisations WHERE "RegionCode" = @region AND "MergedIntoId" IS NULL ORDER BY md5("Id"::text) LIMIT 200
                """, region);
            busiestIds = await GuidsAsync(connection, """
                SELECT id FROM engagements e CROSS JOIN LATERAL unnest(e."OrganisationIds") AS id
                WHERE e."RegionCode" = @region GROUP BY id ORDER BY count(*) DESC, id LIMIT 10
                """, region);
            await using var command = new NpgsqlCommand("""
                SELECT "Postcode" FROM organisations WHERE "RegionCode" = @region AND "Postcode" IS NOT NULL ORDER BY md5("Id"::text) LIMIT 5
                """, connection);
            command.Parameters.AddWithValue("region", region);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                postcodes.Add(reader.GetString(0));
            }
        }
        else
        {
            // No database to hand: take organisations from list pages spread through the whole list.
            randomIds = [];
            foreach (var page in new[] { 1, 7, 50, 123, 400, 999, 1600, 2500, 3333, 3900 })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"/partners/organisations?page={page}");
                request.Headers.TryAddWithoutValidation("Cookie", session.Value);
                using var response = await client.SendAsync(request);
                var html = await response.Content.ReadAsStringAsync();
                randomIds.AddRange(OrganisationLink().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)));
            }

            randomIds = randomIds.Distinct().ToList();
        }

        if (randomIds.Count == 0)
        {
            throw new OptionException("No organisations found: run generate first (and pass --connection so ids come from the database)");
        }

        string Q(string value) => Uri.EscapeDataString(value);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var sets = new List<UrlSet>
        {
            new("org-list", "/partners/organisations, page 1 (by name)", ["/partners/organisations"]),
            new("org-list-deep", "organisations ?page=500, 2000, 3999", ["/partners/organisations?page=500", "/partners/organisations?page=2000", "/partners/organisations?page=3999"]),
            new("org-search", "organisations ?q=word or postcode", [.. Vocabulary.OrganisationSearchWords.Select(w => "/partners/organisations?q=" + Q(w)), .. postcodes.Select(p => "/partners/organisations?q=" + Q(p))]),
            new("org-filter", "sector, size, force, membership, sort, combined",
            [
                "/partners/organisations?sector=C", "/partners/organisations?size=Micro", "/partners/organisations?force=NOTTS",
                "/partners/organisations?sector=J&size=Small&force=LEICESTERSHIRE", "/partners/organisations?membership=CyberEssentials",
                "/partners/organisations?sort=NewestFirst", "/partners/organisations?sort=Town&page=20", "/partners/organisations?q=engineering&force=DERBYSHIRE",
            ]),
            new("contacts-list", "/partners/contacts page 1 and ?page=100", ["/partners/contacts", "/partners/contacts?page=100"]),
            new("contacts-search", "contacts ?q=name or email part", [.. Vocabulary.ContactSearchWords.Select(w => "/partners/contacts?q=" + Q(w))]),
            new("engagements-list", "/engagements page 1 and ?page=200", ["/engagements", "/engagements?page=200"]),
            new("engagements-filter", "status, kind, team, dates, ?q=",
            [
                "/engagements?status=Delivered", "/engagements?kind=Workshop", "/engagements?team=FraudProtect", "/engagements?status=Planned&team=CyberPrevent",
                $"/engagements?from={today.AddDays(-90):yyyy-MM-dd}&to={today:yyyy-MM-dd}", "/engagements?from=2024-01-01&to=2024-12-31",
                .. Vocabulary.EngagementSearchWords.Select(w => "/engagements?q=" + Q(w)),
            ]),
            new("timeline", $"/partners/organisations/{{id}} for {randomIds.Count} random organisations", [.. randomIds.Select(id => $"/partners/organisations/{id}")]),
        };
        if (busiestIds.Count > 0)
        {
            sets.Add(new("timeline-busiest", "the 10 organisations with the most engagements", [.. busiestIds.Select(id => $"/partners/organisations/{id}")]));
        }

        sets.Add(new("mixed", "all of the above, interleaved", Interleave(sets.Select(s => s.Urls).ToList())));
        return sets;
    }

    private static List<string> Interleave(List<IReadOnlyList<string>> lists)
    {
        var result = new List<string>();
        var longest = lists.Max(l => l.Count);
        for (var i = 0; i < longest; i++)
        {
            foreach (var list in lists)
            {
                result.Add(list[i % list.Count]);
            }
        }

        return result;
    }

    private static async Task<List<Guid>> GuidsAsync(NpgsqlConnection connection, string sql, string region)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 120 };
        command.Parameters.AddWithValue("region", region);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    [GeneratedRegex("/partners/organisations/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")]
    private static partial Regex OrganisationLink();

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*>""")]
    private static partial Regex TokenInput();

    [GeneratedRegex("""value="([^"]*)"[^>]*""")]
    private static partial Regex ValueAttribute();

    /// <summary>
    /// Signs in through the real form: the GET gives the antiforgery cookie and token, the POST the session cookie.
    /// Returns the Cookie header to send with every request (session and antiforgery cookies).
    /// </summary>
    public static async Task<string> SignInAsync(Uri baseUrl, string email, string password)
    {
        var cookies = new CookieContainer();
        using var handler = new SocketsHttpHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = baseUrl };
        var form = await client.GetAsync(new Uri("/sign-in", UriKind.Relative));
        var html = await form.Content.ReadAsStringAsync();
        if (form.StatusCode != HttpStatusCode.OK || TokenInput().Match(html) is not { Success: true } input
            || ValueAttribute().Match(input.Value) is not { Success: true } value)
        {
            throw new OptionException($"GET {baseUrl}sign-in answered {(int)form.StatusCode} without a sign-in form: is the web app running?");
        }

        using var post = await client.PostAsync(new Uri("/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(value.Groups[1].Value),
        }));
        var location = post.Headers.Location?.OriginalString;
        if (post.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new OptionException("Sign-in is rate limited (10 a minute): wait a minute and try again");
        }

        if (post.StatusCode != HttpStatusCode.Redirect || location is null || location.StartsWith("/sign-in", StringComparison.OrdinalIgnoreCase))
        {
            throw new OptionException($"Sign-in as {email} did not complete ({(int)post.StatusCode} -> {location ?? "no redirect"}): " +
                "the server must run in Development with the demo users (they need no MFA)");
        }

        var header = cookies.GetCookieHeader(baseUrl);
        using var check = new HttpRequestMessage(HttpMethod.Get, "/partners/organisations");
        using var checkClient = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = baseUrl };
        check.Headers.TryAddWithoutValidation("Cookie", header);
        using var answer = await checkClient.SendAsync(check);
        if (answer.StatusCode != HttpStatusCode.OK)
        {
            throw new OptionException($"Signed in, but /partners/organisations answered {(int)answer.StatusCode}: {email} needs a role with the Partners area");
        }

        return header;
    }

    /// <summary>
    /// The shared session's Cookie header. Sliding expiry re-issues the session cookie after half the idle timeout; when
    /// an answer carries a new one, every client uses it from then on.
    /// </summary>
    public sealed class SessionCookie(string header)
    {
        private volatile string _value = header;

        public string Value => _value;

        public void Update(HttpResponseMessage response)
        {
            if (!response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                return;
            }

            var pairs = _value.Split("; ", StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "", StringComparer.Ordinal);
            foreach (var setCookie in setCookies)
            {
                var pair = setCookie.Split(';', 2)[0].Split('=', 2);
                if (pair.Length == 2 && pairs.ContainsKey(pair[0]) && pair[1].Length > 0)
                {
                    pairs[pair[0]] = pair[1];
                }
            }

            _value = string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}"));
        }
    }
}
