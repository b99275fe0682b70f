using Microsoft.Extensions.Logging;
using ProtectHub.Core.Mail;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Requests;

/// <summary>
/// Plain-English emails to the requester when their request is accepted, declined, redirected or done. The change is
/// saved before the email: a relay that is down never loses the decision, it only leaves the requester untold (the
/// request page says so).
/// </summary>
public sealed class RequestEmails(MailSender mail, TimeProvider time, ILogger<RequestEmails> logger)
{
    private const string Signature = "\n\nRegional Organised Crime Unit, Cyber and Fraud Protect team\n\nPlease do not reply to this email: it is not monitored.";

    /// <summary>Sends the message about the request's current state; true when sent (the caller saves what it records).</summary>
    public async Task<bool> TellRequesterAsync(AssistanceRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.RequesterEmail))
        {
            return false;
        }

        var (what, subject, body) = MessageOf(request);
        if (!await mail.TrySendAsync(request.RequesterEmail, request.RequesterName, subject, $"Dear {request.RequesterName},\n\n{body}{Signature}", logger, $"the requester of {request.Reference}"))
        {
            return false;
        }

        request.LastEmailed = what;
        request.LastEmailedAt = time.GetUtcNow();
        return true;
    }

    internal static (string What, string Subject, string Body) MessageOf(AssistanceRequest r) => r.Status switch
    {
        RequestStatus.Accepted => ("accepted", $"We will help with your request ({r.Reference})",
            $"Thank you for your request \"{r.Title}\". We have accepted it and {(r.AssignedOfficerName is { } officer ? $"{officer} will" : "an officer will")} contact you about it. " +
            $"We aim to have it done by {r.CompleteBy.ToUkDate()}.\n\nOur reference is {r.Reference}: please quote it if you contact us."),
        RequestStatus.Declined => ("declined", $"Your request ({r.Reference})",
            $"Thank you for your request \"{r.Title}\". We are sorry, but we cannot take it on.\n\nThe reason: {r.TriageReason}"),
        RequestStatus.Redirected => ("redirected", $"Your request ({r.Reference}) has been passed on",
            $"Thank you for your request \"{r.Title}\". It is better answered by {r.RedirectedTo}, so we have passed it to them.\n\n{r.TriageReason}"),
        _ => ("done", $"Your request is complete ({r.Reference})",
            $"Your request \"{r.Title}\" is complete.\n\n{r.Outcome}\n\nThank you for working with us. If you need anything more, please send a new request."),
    };
}
