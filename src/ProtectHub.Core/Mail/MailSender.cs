using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using MimeKit;

namespace ProtectHub.Core.Mail;

/// <summary>Sends plain-text email through the configured SMTP relay (MailKit).</summary>
public sealed class MailSender(IConfiguration configuration)
{
    // Read when sending, not at start-up: test hosts and operators change settings after the host is built.
    private MailSettings Settings => configuration.GetSection("Mail").Get<MailSettings>() ?? new MailSettings();

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Settings.Host);

    public async Task SendAsync(string toAddress, string toName, string subject, string body, CancellationToken ct = default)
    {
        var settings = Settings;
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            throw new InvalidOperationException("Email is not set up: the Mail:Host setting is empty.");
        }

        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(new MailboxAddress(toName, toAddress));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host, settings.Port, settings.RequireTls ? SecureSocketOptions.StartTls : SecureSocketOptions.StartTlsWhenAvailable, ct);
        if (!string.IsNullOrEmpty(settings.Username))
        {
            await client.AuthenticateAsync(settings.Username, settings.Password ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }
}
