using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.Mail;
using ProtectHub.Core.Partners;

namespace ProtectHub.Core.Victims;

/// <summary>
/// The follow-up letter to a victim, in plain English, written from the advice and signposting recorded: printed, or
/// emailed through SMTP (recorded in the audit log as a disclosure). Nobody who has opted out of email as a contact of
/// the region is emailed.
/// </summary>
public sealed class FollowUpLetters(ProtectHubDbContext db, MailSender mail)
{
    // What the seeded services do, in a sentence; how to reach each (and any service a region adds) comes from its record.
    private static readonly Dictionary<string, string> Services = new(StringComparer.Ordinal)
    {
        ["Victim Support"] = "Victim Support offers free, confidential help",
        ["Take Five to Stop Fraud"] = "Take Five to Stop Fraud has advice on spotting scams",
        ["National Cyber Security Centre guidance"] = "The National Cyber Security Centre explains how to stay secure online",
        ["Citizens Advice"] = "Citizens Advice can help with money and consumer problems",
        ["Cyber Essentials"] = "Cyber Essentials is a government-backed scheme that helps organisations guard against common attacks",
        ["Police CyberAlarm"] = "Police CyberAlarm is a free tool that helps organisations spot suspicious activity on their network",
        ["The national reporting service (Report Fraud)"] = "Report Fraud takes reports of fraud and cybercrime, and can update you on yours",
    };

    /// <summary>A service as the letter lists it: what it does, then its phone number and web address.</summary>
    public static string ServiceLine(AdviceItem service)
    {
        var how = (service.Phone, service.WebAddress) switch
        {
            ({ } phone, { } web) => $": call {phone} or visit {web}",
            ({ } phone, null) => $": call {phone}",
            (null, { } web) => $": visit {web}",
            _ => "",
        };
        return $"{Services.GetValueOrDefault(service.Text, service.Text)}{how}.";
    }

    public async Task<(string Subject, string Body)> ComposeAsync(VictimReferral referral)
    {
        var ids = referral.AdviceGiven.Concat(referral.Signposted).ToList();
        var items = await db.Set<AdviceItem>().AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync();
        var region = ProtectHub.Core.Regions.PoliceReferenceData.RegionName(referral.RegionCode);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Dear {referral.FullName ?? referral.OrganisationName},").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Thank you for speaking to us about what you reported (reference {referral.CrimeReference}). We are the Protect team of the {region} Regional Organised Crime Unit. We help people and organisations stay safe from cybercrime and fraud.").AppendLine();
        var advice = items.Where(i => i.Kind == AdviceKind.Advice).Select(i => i.Text).Order().ToList();
        if (advice.Count > 0)
        {
            text.AppendLine("Here is a reminder of what we talked about:");
            advice.ForEach(a => text.AppendLine(CultureInfo.InvariantCulture, $"- {a}"));
            text.AppendLine();
        }

        var services = items.Where(i => i.Kind == AdviceKind.Signpost).OrderBy(i => i.Text, StringComparer.Ordinal).ToList();
        if (services.Count > 0)
        {
            text.AppendLine("These services can help you:");
            services.ForEach(s => text.AppendLine(CultureInfo.InvariantCulture, $"- {ServiceLine(s)}"));
            text.AppendLine();
        }

        text.AppendLine("We will never ask you for your bank details, passwords or PIN, or ask you to move money. If someone contacting you says they are from the police and asks for any of these, it is a scam: hang up.").AppendLine();
        text.AppendLine("Yours sincerely,").AppendLine(CultureInfo.InvariantCulture, $"{db.Scope.ActorName}").AppendLine(CultureInfo.InvariantCulture, $"Protect team, {region} Regional Organised Crime Unit");
        return ($"Your report {referral.CrimeReference}: advice from your police Protect team", text.ToString());
    }

    /// <summary>Why the letter cannot be emailed to this victim, or null if it can.</summary>
    /// <summary>
    /// The letters of these referrals, by crime reference. Tracked reads, so the read audit records each referral whose
    /// letter is shown; the region filter leaves out others'.
    /// </summary>
    public async Task<IReadOnlyList<(VictimReferral Referral, string Subject, string Body)>> ComposeAllAsync(IReadOnlyCollection<Guid> ids)
    {
        var referrals = await db.Set<VictimReferral>().Where(r => ids.Contains(r.Id)).OrderBy(r => r.CrimeReference).ToListAsync();
        var composed = new List<(VictimReferral, string, string)>();
        foreach (var referral in referrals)
        {
            var (subject, body) = await ComposeAsync(referral);
            composed.Add((referral, subject, body));
        }

        return composed;
    }

    public async Task<string?> CannotEmailAsync(VictimReferral referral)
    {
        if (string.IsNullOrWhiteSpace(referral.Email))
        {
            return "There is no email address for this victim: print the letter instead";
        }

        var email = referral.Email.Trim().ToLowerInvariant();
        // Merged contacts too: an opt-out is never forgotten because a record was folded into another.
        if (await db.Set<Contact>().IncludingMerged().AnyAsync(c => c.NormalisedEmail == email && c.OptedOut))
        {
            return "This email address belongs to someone who has opted out of contact: print the letter instead";
        }

        return mail.IsConfigured ? null : "Email is not set up for ProtectHub: print the letter instead";
    }

    public async Task<string?> EmailAsync(VictimReferral referral)
    {
        if (await CannotEmailAsync(referral) is { } reason)
        {
            return reason;
        }

        var (subject, body) = await ComposeAsync(referral);
        await mail.SendAsync(referral.Email!.Trim(), referral.FullName ?? referral.OrganisationName ?? "", subject, body);
        db.Audit(AuditAction.Disclosed, referral.AuditRecordType, referral.AuditRecordId, referral.RegionCode, "Follow-up letter emailed to the victim");
        await db.SaveChangesAsync();
        return null;
    }
}
