using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;

namespace ProtectHub.TestCommon;

/// <summary>
/// The real application on a fresh database of the provider under test, with a fake clock. It runs in the
/// "Testing" environment: production settings (no demo, secure cookies), nothing relaxed.
/// </summary>
public class ProtectHubFactory : WebApplicationFactory<Program>
{
    private readonly string _connectionString;

    public ProtectHubFactory()
        : this(TestDatabase.CreateConnectionString())
    {
    }

    /// <summary>A factory on an existing test database, for example to start a second host on what a first one left.</summary>
    protected ProtectHubFactory(string connectionString) => _connectionString = connectionString;

    public string ConnectionString => _connectionString;

    /// <summary>The audit chain key (base64) this factory's host runs with.</summary>
    public string ChainKey { get; init; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    /// <summary>Where this host's folder file store keeps files.</summary>
    public string FilesFolder { get; } = Path.Combine(Path.GetTempPath(), "protecthub-test-files", Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Sign-in attempts allowed per minute; high so that tests signing in often are not throttled.</summary>
    protected virtual int SignInPermitsPerMinute => 10_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = TestDatabase.Provider,
            ["ConnectionStrings:ProtectHub"] = _connectionString,
            ["RateLimiting:SignInPermitsPerMinute"] = SignInPermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting:PublicFormPermitsPerMinute"] = SignInPermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // The audit chain keyed as in production; the key is the test's own, never stored with the data.
            ["Audit:ChainKey"] = ChainKey,
            // Each host's uploaded files in its own folder (used when the store is the folder, as with SQLite).
            ["Files:Folder"] = FilesFolder,
            // Notifications are swept and emailed by the tests that test them (NotificationTests), not by a worker woken
            // whenever a test moves the clock on: other tests count the emails they cause.
            ["Notifications:Worker"] = "false",
        }));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(FilesFolder))
        {
            Directory.Delete(FilesFolder, recursive: true);
        }
    }

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>Runs work with the core services as the system (no region restriction), like the CLI.</summary>
    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>
    /// Runs work with the core services as a signed-in user of <paramref name="region"/> holding <paramref name="roles"/>,
    /// in a scope of its own like a request: the region filter and the audit see that user.
    /// </summary>
    public Task<T> AsUserAsync<T>(Guid userId, Role[] roles, Func<IServiceProvider, Task<T>> work, string region = "EM") =>
        WithServicesAsync(sp =>
        {
            sp.GetRequiredService<ActorScopeOverride>().Scope = ActorScope.ForUser(userId, "Test " + roles[0], region, roles, null);
            return work(sp);
        });

    public Task<T> WithDbAsync<T>(Func<ProtectHubDbContext, Task<T>> work) =>
        WithServicesAsync(sp => work(sp.GetRequiredService<ProtectHubDbContext>()));
}
