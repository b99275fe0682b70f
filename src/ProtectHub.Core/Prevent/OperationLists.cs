using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.Imports;
using ProtectHub.Core.Mail;
using ProtectHub.Core.Regions;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Prevent;

/// <summary>
/// The team's operation lists: what each holds and matched, its warning letter, and sending it in bulk, printed as one
/// document or emailed through the SMTP relay with each email recorded in the audit log as a disclosure.
/// </summary>
public sealed class OperationLists(ProtectHubDbContext db, MailSender mail, TimeProvider time)
{
    public sealed record Summary(OperationList List, ImportStatus Status, int People, int Matched, int Emailed, int Printed);

    public async Task<IReadOnlyList<Summary>> AllAsync()
    {
        var lists = await db.Set<OperationList>().AsNoTracking().OrderByDescending(l => l.CreatedAt).Take(200).ToListAsync();
        var ids = lists.Select(l => l.Id).ToList();
        var counts = await db.Set<OperationListEntry>().AsNoTracking().Where(e => ids.Contains(e.ListId)).GroupBy(e => e.ListId)
            .Select(g => new { g.Key, People = g.Count(), Matched = g.Count(e => e.MatchedCaseId != null), Emailed = g.Count(e => e.EmailedAt != null), Printed = g.Count(e => e.LetterPrintedAt != null) })
            .ToDictionaryAsync(c => c.Key);
        var statuses = await db.Set<ImportUpload>().AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Status }).ToDictionaryAsync(u => u.Id, u => u.Status);
        return lists.Select(l => counts.GetValueOrDefault(l.Id) is { } c
            ? new Summary(l, statuses.GetValueOrDefault(l.Id, ImportStatus.Finished), c.People, c.Matched, c.Emailed, c.Printed)
            : new Summary(l, statuses.GetValueOrDefault(l.Id, ImportStatus.Finished), 0, 0, 0, 0)).ToList();
    }

    public async Task<(IReadOnlyList<OperationListEntry> Items, int Total)> EntriesAsync(Guid listId, bool matchedOnly, int page, int pageSize)
    {
        var query = db.Set<OperationListEntry>().AsNoTracking().Where(e => e.ListId == listId);
        if (matchedOnly)
        {
            query = query.Where(e => e.MatchedCaseId != null);
        }

        var total = await query.CountUpToLimitAsync();
        var items = await query.OrderByDescending(e => e.MatchedCaseId != null).ThenBy(e => e.RowNumber)
            .Skip((Paging.ClampPage(page, pageSize) - 1) * pageSize).Take(pageSize).ToListAsync();
        return (items, total);
    }

    /// <summary>The case references of matched cases, for links.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> CaseReferencesAsync(IEnumerable<Guid> caseIds)
    {
        var ids = caseIds.Distinct().ToList();
        return await db.Set<PreventCase>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reference);
    }

    public async Task<IReadOnlyList<FieldError>> UpdateAsync(OperationList list, string? name, string? service, string? template)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new("Name", "Enter the operation's name"));
        }
        else if (name.Trim().Length > TextLimits.Line)
        {
            errors.Add(new("Name", TextLimits.TooLong("Operation", TextLimits.Line)));
        }

        if (string.IsNullOrWhiteSpace(service))
        {
            errors.Add(new("Service", "Enter the service the people on the list used, as the letter names it"));
        }
        else if (service.Trim().Length > TextLimits.Line)
        {
            errors.Add(new("Service", TextLimits.TooLong("Service", TextLimits.Line)));
        }

        if (string.IsNullOrWhiteSpace(template))
        {
            errors.Add(new("LetterTemplate", "Enter the letter"));
        }
        else if (template.Trim().Length > TextLimits.Notes)
        {
            errors.Add(new("LetterTemplate", TextLimits.TooLong("The letter", TextLimits.Notes)));
        }
        else if (WarningLetters.UnknownPlaceholders(template).FirstOrDefault() is { } unknown)
        {
            errors.Add(new("LetterTemplate", $"The letter uses {{{unknown}}}, which is not one of {WarningLetters.PlaceholderList}"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        list.Name = name!.Trim();
        list.Service = service!.Trim();
        list.LetterTemplate = template!.Trim().ReplaceLineEndings("\n");
        await db.SaveChangesAsync();
        return [];
    }

    /// <summary>Every letter of the list, to print as one document; each person's letter is recorded as printed (a disclosure).</summary>
    public async Task<IReadOnlyList<(OperationListEntry Entry, string Letter)>> PrintAsync(OperationList list, CancellationToken ct = default)
    {
        var today = time.UkToday();
        var entries = await db.Set<OperationListEntry>().AsNoTracking().Where(e => e.ListId == list.Id).OrderBy(e => e.RowNumber).ToListAsync(ct);
        var letters = entries.Select(e => (e, WarningLetters.Render(list, e, today))).ToList();
        var now = time.GetUtcNow();
        await db.Set<OperationListEntry>().Where(e => e.ListId == list.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.LetterPrintedAt, now), ct);
        db.Audit(AuditAction.Disclosed, "OperationList", list.Id.ToString(), list.RegionCode, $"Printed {letters.Count} warning letters of {list.Name}");
        await db.SaveChangesAsync(ct);
        return letters;
    }

    /// <summary>Emails the letter to everyone on the list with an email address not yet emailed; each email is audited.</summary>
    public async Task<(int Sent, int WithoutEmail, string? Problem)> EmailAsync(OperationList list, CancellationToken ct = default)
    {
        if (!mail.IsConfigured)
        {
            return (0, 0, "Email is not set up for ProtectHub (the Mail settings): print the letters instead");
        }

        if (string.IsNullOrWhiteSpace(list.Service))
        {
            return (0, 0, "Say which service the people on the list used before sending the letters");
        }

        var today = time.UkToday();
        var withoutEmail = await db.Set<OperationListEntry>().CountAsync(e => e.ListId == list.Id && e.Email == null, ct);
        var sent = 0;
        foreach (var entry in await db.Set<OperationListEntry>().Where(e => e.ListId == list.Id && e.Email != null && e.EmailedAt == null).OrderBy(e => e.RowNumber).ToListAsync(ct))
        {
            await mail.SendAsync(entry.Email!, entry.DisplayName, $"{list.Name}: a warning about {list.Service}", WarningLetters.Render(list, entry, today), ct);
            // Saved after each email, not once at the end: if the relay fails part-way, those already sent are recorded
            // as sent (and disclosed), and sending again emails only the rest.
            entry.EmailedAt = time.GetUtcNow();
            db.Audit(AuditAction.Disclosed, entry.AuditRecordType, entry.AuditRecordId, list.RegionCode, $"Warning letter of {list.Name} emailed to {entry.Email}");
            await db.SaveChangesAsync(ct);
            sent++;
        }

        return (sent, withoutEmail, null);
    }
}

/// <summary>The warning letter: a template with placeholders, filled in for each person on a list.</summary>
public static class WarningLetters
{
    public static readonly string[] Placeholders = ["name", "service", "operation", "date", "region"];

    public static string PlaceholderList => string.Join(", ", Placeholders.Select(p => $"{{{p}}}"));

    public const string DefaultTemplate = """
        {date}

        Dear {name},

        We are writing to you because {operation}, a law enforcement operation, found that an account linked to you used {service}.

        Using a service like this to attack websites, online games or networks, or paying someone else to, is a crime under the Computer Misuse Act 1990. It can lead to arrest, a criminal record, and losing the chance to travel or work in jobs you might want.

        This letter is a warning. We are not accusing you of any particular attack, but we know the account was used. If you stop now, this need not go any further.

        If you are interested in computers and the internet, there are legal ways to use your skills: capture-the-flag competitions, CyberFirst courses, apprenticeships and careers in cyber security. The Cyber Choices programme can help you find them. Contact us on the details below.

        If you are under 18, please show this letter to a parent or carer.

        Yours sincerely,

        Cyber Prevent team, {region}
        """;

    public static IEnumerable<string> UnknownPlaceholders(string template)
    {
        var at = 0;
        while ((at = template.IndexOf('{', at)) >= 0)
        {
            var end = template.IndexOf('}', at);
            if (end < 0)
            {
                yield break;
            }

            var name = template[(at + 1)..end];
            if (!Placeholders.Contains(name))
            {
                yield return name;
            }

            at = end + 1;
        }
    }

    public static string Render(OperationList list, OperationListEntry entry, DateOnly today) =>
        list.LetterTemplate
            .Replace("{name}", entry.DisplayName, StringComparison.Ordinal)
            .Replace("{service}", list.Service.Length > 0 ? list.Service : "an illegal service", StringComparison.Ordinal)
            .Replace("{operation}", list.Name, StringComparison.Ordinal)
            .Replace("{date}", today.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), StringComparison.Ordinal)
            .Replace("{region}", PoliceReferenceData.RegionName(list.RegionCode), StringComparison.Ordinal);
}
