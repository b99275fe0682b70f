using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;

namespace ProtectHub.Web.Tests.Security;

/// <summary>
/// An OTLP/HTTP endpoint on loopback that keeps what it is sent: the exporter speaks the real protocol to it, as it
/// would to a collector.
/// </summary>
public sealed class OtlpReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<(string Path, byte[] Body)> _received = [];

    public OtlpReceiver()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(ReceiveAsync);
    }

    public int Port { get; }

    public IReadOnlyList<(string Path, byte[] Body)> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    private async Task ReceiveAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            lock (_received)
            {
                _received.Add((context.Request.Url!.AbsolutePath, body.ToArray()));
            }

            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}

public sealed class TelemetryFactory : ProtectHubFactory
{
    public OtlpReceiver Receiver { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", $"http://127.0.0.1:{Receiver.Port}");
        builder.UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        builder.UseSetting("OTEL_BSP_SCHEDULE_DELAY", "100");
        builder.UseSetting("OTEL_METRIC_EXPORT_INTERVAL", "200");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Receiver.Dispose();
    }
}

public sealed class TelemetryTests(TelemetryFactory factory) : IClassFixture<TelemetryFactory>
{
    [Fact]
    public async Task WithAnOtlpEndpoint_RequestsAndDatabaseWorkAreExportedAsTracesAndMetrics()
    {
        var session = await Session.SignedInAsync(factory, await new TestUserBuilder(factory).BuildAsync());
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/partners/organisations")).StatusCode);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        bool Has(string path, string text) => factory.Receiver.Received.Any(r => r.Path == path && Encoding.UTF8.GetString(r.Body).Contains(text, StringComparison.Ordinal));
        while (!(Has("/v1/traces", "/partners/organisations") && Has("/v1/traces", "OpenTelemetry.Instrumentation.EntityFrameworkCore") && Has("/v1/metrics", "http.server.request.duration")))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Received: {string.Join(", ", factory.Receiver.Received.Select(r => r.Path).Distinct())}");
            await Task.Delay(100);
        }

        Assert.True(Has("/v1/traces", "protecthub")); // The service's name on every span.
        // SQL is exported with its parameters as placeholders, never their values (a user's email here).
        Assert.DoesNotContain(factory.Receiver.Received, r => Encoding.UTF8.GetString(r.Body).Contains("@force.police.uk", StringComparison.Ordinal));
    }
}
