using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ProtectHub.Web.Tests.Security;

/// <summary>A host whose data-protection keys are encrypted with a certificate made for the test.</summary>
public sealed class CertificateKeysFactory : ProtectHubFactory
{
    public string CertificatePath { get; } = Path.Combine(Path.GetTempPath(), $"ph-dp-{Guid.NewGuid():N}.pfx");

    public CertificateKeysFactory()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=ProtectHub data protection (test)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(CertificatePath, certificate.Export(X509ContentType.Pfx, "test-password"));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("DataProtection:CertificatePath", CertificatePath);
        builder.UseSetting("DataProtection:CertificatePassword", "test-password");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        File.Delete(CertificatePath);
    }
}

/// <summary>Attack run finding 12, the small ones: each answered as a user or operator would expect.</summary>
public sealed class HardeningLowFindingsTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    [Fact]
    public async Task PerformanceRecords_ValueTheFieldCannotHold_IsNotFoundNotAServerError()
    {
        var session = await Session.SignedInAsync(factory, await new TestUserBuilder(factory).BuildAsync());
        const string Breakdown = "/performance/records?metric=engagements-delivered&quarter=2026-Q3&field=Kind&value=";
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync(Breakdown + "Presentation")).StatusCode); // A real row of the breakdown.
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync(Breakdown + "NOPE")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync(Breakdown + "99")).StatusCode);
    }


    [Fact]
    public async Task PlainHttp_WhenHttpsIsRequired_GetsAClear400NotAServerError()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });
        var page = await client.GetAsync("/sign-in");
        var post = await client.PostAsync("/sign-in", new FormUrlEncodedContent([new("Email", "a@b.c"), new("Password", "x")]));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("must be used over HTTPS", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode); // Load balancers may check over http.
    }
}

public sealed class HttpsRedirectTests
{
    [Fact]
    public async Task Responses_FromTheRealServer_DoNotNameTheServerSoftware()
    {
        // Kestrel itself, on a port: the in-memory test server never sends a Server header, so it cannot show this.
        await using var factory = new ProtectHubFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // Reached Kestrel over http (health is open to load balancers).
        Assert.False(response.Headers.Contains("Server"), string.Join(", ", response.Headers.Select(h => h.Key)));
    }

    [Fact]
    public async Task PlainHttpGet_WithTheHttpsPortConfigured_IsRedirectedToHttps()
    {
        await using var factory = new ProtectHubFactory();
        using var client = factory.WithWebHostBuilder(b => b.UseSetting("Security:HttpsPort", "8443"))
            .CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });
        var response = await client.GetAsync("/sign-in?ReturnUrl=%2Fpartners");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://localhost:8443/sign-in?ReturnUrl=%2Fpartners", response.Headers.Location!.OriginalString);
    }
}

public sealed class DataProtectionKeyTests(CertificateKeysFactory factory) : IClassFixture<CertificateKeysFactory>
{
    [Fact]
    public async Task KeysStoredInTheDatabase_AreEncryptedWithTheCertificate()
    {
        var session = await Session.SignedInAsync(factory, await new TestUserBuilder(factory).BuildAsync()); // Keys are made and used.
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/")).StatusCode);

        var keys = await factory.WithDbAsync(db => db.Set<DataProtectionKey>().AsNoTracking().Select(k => k.Xml!).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedXml", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal); // The unencrypted master key's element.
        });
    }
}
