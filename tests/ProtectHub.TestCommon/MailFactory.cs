using Microsoft.AspNetCore.Hosting;

namespace ProtectHub.TestCommon;

/// <summary>The application sending mail to a real SMTP server.</summary>
public sealed class MailFactory : ProtectHubFactory
{
    public SmtpCapture Smtp { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:Host", "127.0.0.1");
        builder.UseSetting("Mail:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:RequireTls", "false");
        builder.UseSetting("Mail:From", "protect@em.protecthub.test");
        builder.UseSetting("Notifications:SiteAddress", "https://protecthub.test");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // Null when the capture server failed to start: the finalizer must not crash the test host over it.
        Smtp?.Dispose();
    }
}
