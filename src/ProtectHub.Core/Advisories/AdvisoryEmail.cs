using System.Text;
using MimeKit;
using ProtectHub.Core.Indicators;
using ProtectHub.Core.Mail;
using ProtectHub.Core.Sharing;

namespace ProtectHub.Core.Advisories;

/// <summary>
/// An advisory as the email a recipient gets: the TLP label first (in the subject and the first line, with what it
/// allows in words), the advisory, its indicators defanged, the recipient's own acknowledgement links and a one-click
/// opt-out (List-Unsubscribe, RFC 8058).
/// </summary>
public static class AdvisoryEmail
{
    public static string KindName(MessageKind kind) => kind switch
    {
        MessageKind.Issue => "advisory",
        MessageKind.Update => "update",
        MessageKind.Withdrawal => "withdrawal",
        _ => "reminder",
    };

    public static MimeMessage Compose(MailSender mail, Advisory advisory, IReadOnlyList<AdvisoryIndicator> indicators, AdvisoryMessage message)
    {
        var tlp = advisory.Tlp ?? TlpMarking.Red;
        var label = Tlp.Label(tlp);
        var links = advisory.LinkBase ?? "";
        var prefix = message.Kind switch
        {
            MessageKind.Update => "UPDATE: ",
            MessageKind.Withdrawal => "WITHDRAWN: ",
            MessageKind.Reminder => "REMINDER: ",
            _ => "",
        };
        var body = new StringBuilder();
        body.AppendLine(label).AppendLine(Tlp.Meaning(tlp) + ".");
        if (tlp == TlpMarking.AmberStrict)
        {
            body.AppendLine($"Share this only within your own organisation ({message.OrganisationName}).");
        }
        else if (tlp == TlpMarking.Red)
        {
            body.AppendLine("It is for you alone: do not forward it or share it with anyone.");
        }

        body.AppendLine().AppendLine($"Dear {message.Name},").AppendLine();
        switch (message.Kind)
        {
            case MessageKind.Withdrawal:
                body.AppendLine($"The advisory \"{advisory.Title}\" ({advisory.Reference}) has been withdrawn: {advisory.WithdrawnReason}").AppendLine()
                    .AppendLine("You no longer need to act on it.");
                break;
            default:
                if (message.Kind == MessageKind.Update)
                {
                    body.AppendLine($"This updates the advisory we sent you earlier. What has changed: {advisory.ChangeSummary}").AppendLine();
                }
                else if (message.Kind == MessageKind.Reminder)
                {
                    body.AppendLine("We have not heard whether you received this advisory. Please let us know using the links below.").AppendLine();
                }

                body.AppendLine(advisory.Title).AppendLine($"Reference {advisory.Reference}, edition {advisory.Edition}. Severity: {advisory.Severity}.").AppendLine()
                    .AppendLine(advisory.Summary).AppendLine().AppendLine("What to do:").AppendLine(advisory.RecommendedActions).AppendLine();
                if (!string.IsNullOrEmpty(advisory.Details))
                {
                    body.AppendLine(advisory.Details).AppendLine();
                }

                if (indicators.Count > 0)
                {
                    body.AppendLine("Indicators (defanged):");
                    foreach (var indicator in indicators)
                    {
                        body.AppendLine($"  {IndicatorRules.NameOf(indicator.Type)}: {indicator.AsIndicator.Defanged}");
                    }

                    body.AppendLine();
                }

                body.AppendLine("Please tell us you have received it (one click):")
                    .AppendLine($"  Received: {links}/advisories/acknowledge/{message.Token}?answer=Received")
                    .AppendLine($"  Acted on it: {links}/advisories/acknowledge/{message.Token}?answer=ActedOn")
                    .AppendLine($"  Not relevant to us: {links}/advisories/acknowledge/{message.Token}?answer=NotRelevant").AppendLine();
                break;
        }

        body.AppendLine($"To stop receiving advisories: {links}/advisories/opt-out/{message.Token}").AppendLine().AppendLine(label);
        var email = mail.Compose(message.Email, message.Name, $"[{label}] {prefix}{advisory.Title} ({advisory.Reference})", body.ToString());
        email.MessageId = message.MessageIdHeader;
        email.Headers.Add("List-Unsubscribe", $"<{links}/advisories/opt-out/{message.Token}>");
        email.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return email;
    }
}
