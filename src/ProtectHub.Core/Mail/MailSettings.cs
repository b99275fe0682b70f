namespace ProtectHub.Core.Mail;

/// <summary>
/// The SMTP relay ProtectHub sends through (settings section "Mail"). Without a host, sending is refused with a clear
/// message rather than silently dropped.
/// </summary>
public sealed record MailSettings
{
    public string? Host { get; init; }
    public int Port { get; init; } = 587;

    /// <summary>STARTTLS when the server offers it (and required when true); false only for a relay on localhost.</summary>
    public bool RequireTls { get; init; } = true;

    public string? Username { get; init; }
    public string? Password { get; init; }
    public string From { get; init; } = "protect@protecthub.invalid";
    public string FromName { get; init; } = "Protect team";
}
