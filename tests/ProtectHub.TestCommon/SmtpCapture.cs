using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace ProtectHub.TestCommon;

/// <summary>
/// A real SMTP server (aiosmtpd, from Debian's python3-aiosmtpd, run by tests/smtp/capture.py) on a free local port;
/// every message it receives is kept as a file the test can read back.
/// </summary>
public sealed class SmtpCapture : IDisposable
{
    private readonly Process _process;

    public SmtpCapture()
    {
        Port = FreePort();
        Directory = Path.Combine(Path.GetTempPath(), $"protecthub-smtp-{Guid.NewGuid():N}");
        var script = Path.Combine(RepositoryFiles.Root, "tests", "smtp", "capture.py");
        var python = Environment.GetEnvironmentVariable("PROTECTHUB_TEST_PYTHON") ?? "/usr/bin/python3";
        _process = Process.Start(new ProcessStartInfo(python, [script, Port.ToString(System.Globalization.CultureInfo.InvariantCulture), Directory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("Could not start the SMTP capture server");
        var ready = _process.StandardOutput.ReadLineAsync();
        if (!ready.Wait(TimeSpan.FromSeconds(20)) || ready.Result is null)
        {
            throw new InvalidOperationException($"The SMTP capture server did not start (is python3-aiosmtpd installed?): {_process.StandardError.ReadToEnd()}");
        }
    }

    public int Port { get; }

    public string Directory { get; }

    /// <summary>The messages received so far, oldest first, waiting up to a few seconds for at least <paramref name="atLeast"/>.</summary>
    public async Task<IReadOnlyList<MimeMessage>> MessagesAsync(int atLeast = 1)
    {
        for (var i = 0; i < 50 && System.IO.Directory.GetFiles(Directory, "*.eml").Length < atLeast; i++)
        {
            await Task.Delay(100);
        }

        return System.IO.Directory.GetFiles(Directory, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList();
    }

    private bool _disposed;

    public void Dispose()
    {
        // The factory that owns this may be disposed twice (Dispose and DisposeAsync); the second call has nothing to do.
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
