using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace ProtectHub.Core.Mail;

/// <summary>Sends plain-text email through the configured SMTP relay (MailKit).</summary>
public sealed class MailSender(IConfiguration configuration)
{
    // Read when sending, not at start-up: test hosts and operators change settings after the host is built.
    private MailSettings Settings => configuration.GetSection("Mail").Get<MailSettings>() ?? new MailSettings();

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Settings.Host);

    /// <summary>A plain-text message from the configured sender.</summary>
    public MimeMessage Compose(string toAddress, string toName, string subject, string body)
    {
        var settings = Settings;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(new MailboxAddress(toName, toAddress));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        return message;
    }

    public async Task SendAsync(string toAddress, string toName, string subject, string body, CancellationToken ct = default)
    {
        await using var connection = await ConnectAsync(ct);
        await connection.SendAsync(Compose(toAddress, toName, subject, body), ct);
    }

    /// <summary>
    /// Sends when email is set up; false (with a warning logged, naming <paramref name="what"/>) when it is not or the
    /// relay fails. For messages whose record is saved first: a relay that is down never loses the record, it only
    /// leaves the person untold, and the caller records whether they were told.
    /// </summary>
    public async Task<bool> TrySendAsync(string toAddress, string toName, string subject, string body, ILogger logger, string what, CancellationToken ct = default)
    {
        if (!IsConfigured)
        {
            return false;
        }

        try
        {
            await SendAsync(toAddress, toName, subject, body, ct);
            return true;
        }
        catch (Exception ex) when (ex is IOException or MailKit.ServiceNotConnectedException or MailKit.Net.Smtp.SmtpCommandException or MailKit.Net.Smtp.SmtpProtocolException
            or System.Net.Sockets.SocketException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Email not sent: {What}", what);
            return false;
        }
    }

    /// <summary>One connection to the relay for many messages (the advisory outbox sends its batches through one).</summary>
    public async Task<MailConnection> ConnectAsync(CancellationToken ct = default)
    {
        var settings = Settings;
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            throw new InvalidOperationException("Email is not set up: the Mail:Host setting is empty.");
        }

        var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, settings.RequireTls ? SecureSocketOptions.StartTls : SecureSocketOptions.StartTlsWhenAvailable, ct);
            if (!string.IsNullOrEmpty(settings.Username))
            {
                await client.AuthenticateAsync(settings.Username, settings.Password ?? "", ct);
            }
        }
        catch
        {
            client.Dispose();
            throw;
        }

        return new MailConnection(client);
    }
}

/// <summary>An open connection to the SMTP relay.</summary>
public sealed class MailConnection(SmtpClient client) : IAsyncDisposable
{
    public Task SendAsync(MimeMessage message, CancellationToken ct = default) => client.SendAsync(message, ct);

    public async ValueTask DisposeAsync()
    {
        if (client.IsConnected)
        {
            await client.DisconnectAsync(true);
        }

        client.Dispose();
    }
}
