using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ProtectHub.Browser.Tests;

/// <summary>
/// The real application on a real Kestrel port (plain http on localhost, so cookies drop the __Host- prefix exactly as
/// in Development; the HTTP tests cover the production cookie settings), driven by Debian's Chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public KestrelFactory Factory { get; } = new();
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        var address = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.Replace("127.0.0.1", "localhost", StringComparison.Ordinal).Replace("[::1]", "localhost", StringComparison.Ordinal);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PROTECTHUB_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, JavaScriptEnabled = javaScript });
        // Generous waits: CI shares two cores between the server, Chromium and other test assemblies.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    /// <summary>A new browser context signed in as the user: password, then a fresh TOTP code from the fake clock.</summary>
    public async Task<IPage> SignedInPageAsync(TestUser user, bool javaScript = true)
    {
        var page = await NewPageAsync(javaScript);
        await SignInAsync(page, user);
        return page;
    }

    public async Task SignInAsync(IPage page, TestUser user)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByTestId("sign-in").ClickAsync();
        Factory.Time.Advance(TimeSpan.FromSeconds(31));
        await page.GetByLabel("Authentication code").FillAsync(user.CurrentCode(Factory.Time));
        await page.GetByTestId("verify").ClickAsync();
        try
        {
            // Polled, not tied to the page's load event: twice in CI (30 November, 7 December) the home page was shown,
            // the network idle, and still the wait for its load event ran out.
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/$"), new() { Timeout = 60_000 });
            await Assertions.Expect(page.GetByTestId("sign-out")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        }
        catch (PlaywrightException ex)
        {
            // If sign-in never reaches the home page, say where it stopped and what the page said.
            var text = await page.Locator("body").InnerTextAsync(new() { Timeout = 5000 });
            throw new TimeoutException($"Sign-in did not reach the home page: the browser is at {page.Url}, showing: {text[..Math.Min(text.Length, 1500)]}", ex);
        }
    }

    /// <summary>
    /// Chooses in a type-ahead picker (accessible-autocomplete): types the start of a name as a person would, waits
    /// for the suggestion and picks it.
    /// </summary>
    public static async Task TypeAheadAsync(IPage page, string label, string typed, string choice)
    {
        var box = page.GetByLabel(label, new() { Exact = true });
        await box.FillAsync("");
        await box.PressSequentiallyAsync(typed, new() { Delay = 40 });
        await page.GetByRole(AriaRole.Option, new() { NameRegex = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(choice)) }).ClickAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Factory.DisposeAsync();
    }
}

/// <summary>The application on Kestrel, sending its email to a real SMTP server started for the test run.</summary>
public sealed class KestrelFactory : ProtectHubFactory
{
    private readonly Lazy<SmtpCapture> _smtp = new(() => new SmtpCapture());

    public SmtpCapture Smtp => _smtp.Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Security:RequireHttps"] = "false",
        }));
        builder.UseSetting("Mail:Host", "127.0.0.1");
        builder.UseSetting("Mail:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:RequireTls", "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (_smtp.IsValueCreated)
        {
            _smtp.Value.Dispose();
        }
    }
}
