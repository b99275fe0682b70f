using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Imports;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Registrations;

/// <summary>
/// An attendance list kept on paper or in another system (a sign-in sheet typed up, a webinar platform's attendee
/// export) read into one event with the import engine: each row is matched to the event's list by email address and
/// marked as attended (or not, when the file says so); someone not on the list is added as a walk-in who attended
/// (they took none of the places). Everyone is linked to the partner contact with the same email, and the event to
/// their organisations, as when attendance is ticked on the page. Rows with a bad email, no name for a newcomer, or a
/// person twice come back with the reason; everything is saved at once at the end, so a failed import changes nothing,
/// and importing the same file again changes nothing more.
/// </summary>
public sealed class AttendanceImport(ProtectHubDbContext db, EventRegistrations registrations, TimeProvider time) : IRecordImport
{
    public const string KindName = "attendance";

    private const int ProgressEvery = 500;

    public static IReadOnlyList<ImportField> AllFields { get; } =
    [
        new("FullName", "Name", false, ["name", "fullname", "attendee", "attendeename", "delegate", "participant", "firstandlastname", "yourname"]),
        new("Email", "Email address", false, ["email", "emailaddress", "e-mail", "mail", "attendeeemail", "youremail"]),
        new("OrganisationName", "Organisation", false, ["organisation", "organization", "company", "companyname", "business", "employer"]),
        new("Attended", "Attended", false, ["attended", "present", "attendance", "came", "checkedin", "joined"]),
    ];

    public string Kind => KindName;

    public IReadOnlyList<ImportField> Fields => AllFields;

    public async Task<ImportResult> RunAsync(ImportContext context, Func<int, Task>? onProgress = null, CancellationToken ct = default)
    {
        var engagementId = context.TargetId ?? throw new InvalidOperationException("An attendance import belongs to an event: the upload names none.");
        var engagement = await db.Set<Engagement>().FirstAsync(e => e.Id == engagementId, ct);
        var now = time.GetUtcNow();
        var refusal = engagement.Status == EngagementStatus.Cancelled ? "The event was cancelled: no attendance is recorded for it"
            : engagement.StartsAt > now ? $"Attendance is recorded once the event has started: it starts on {engagement.StartsAt.ToUkDateTime()}"
            : null;
        var list = await registrations.Registrations(engagementId).Where(r => r.Status != RegistrationStatus.Cancelled).ToListAsync(ct);
        var byEmail = list.Where(r => r.NormalisedEmail != null).GroupBy(r => r.NormalisedEmail!).ToDictionary(g => g.Key, g => g.First());
        var file = context.File;
        var errors = new List<RowError>();
        var invalid = new List<(TabularFile.Row Row, string Reasons)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var added = new List<EventRegistration>();
        int created = 0, updated = 0, unchanged = 0, done = 0;
        foreach (var fileRow in file.Rows)
        {
            ct.ThrowIfCancellationRequested();
            var row = new ImportRow(fileRow, context.Mapping, Fields);
            if (fileRow.Cells.Count != file.Headers.Count)
            {
                row.Error("Row", $"Row has {fileRow.Cells.Count} values but the header has {file.Headers.Count} columns");
            }
            else if (refusal is not null)
            {
                row.Error("Attended", refusal);
            }
            else
            {
                var name = row.Cell("FullName");
                var email = row.Cell("Email");
                var organisation = row.Cell("OrganisationName");
                var came = row.Cell("Attended") is null || row.YesNo("Attended");
                var normalised = email?.ToLowerInvariant();
                if (email is not null && !ContactRules.IsEmail(email))
                {
                    row.Error("Email", $"'{email}' is not an email address in the correct format, like name@example.com");
                }

                if (name?.Length > TextLimits.Line)
                {
                    row.Error("FullName", TextLimits.TooLong("Name", TextLimits.Line));
                }

                if (organisation?.Length > TextLimits.Line)
                {
                    row.Error("OrganisationName", TextLimits.TooLong("Organisation", TextLimits.Line));
                }

                var key = normalised ?? "name:" + name?.ToLowerInvariant();
                if (row.Errors.Count == 0 && name is null && email is null)
                {
                    row.Error("FullName", "Give the person's name or email address");
                }
                else if (row.Errors.Count == 0 && seen.TryGetValue(key, out var earlier))
                {
                    row.Error(normalised is null ? "FullName" : "Email", $"Row {earlier} is the same person");
                }
                else if (row.Errors.Count == 0)
                {
                    seen[key] = row.Number;
                    var known = normalised is not null ? byEmail.GetValueOrDefault(normalised)
                        : list.FirstOrDefault(r => r.NormalisedEmail == null && string.Equals(r.FullName, name, StringComparison.OrdinalIgnoreCase));
                    if (known is not null)
                    {
                        if (known.Attended == came)
                        {
                            unchanged++;
                        }
                        else
                        {
                            (known.Attended, known.CheckedInAt) = (came, came ? engagement.StartsAt : null);
                            updated++;
                        }
                    }
                    else if (!came)
                    {
                        unchanged++; // not on the list and did not come: nothing to record
                    }
                    else if (name is null)
                    {
                        row.Error("FullName", "Enter the name of someone who is not on the event's list");
                    }
                    else
                    {
                        var walkIn = new EventRegistration
                        {
                            RegionCode = engagement.RegionCode,
                            EngagementId = engagement.Id,
                            FullName = name,
                            Email = email,
                            NormalisedEmail = normalised,
                            OrganisationName = organisation,
                            Status = RegistrationStatus.Confirmed,
                            RegisteredAt = now,
                            AddedByOfficer = true,
                            Attended = true,
                            CheckedInAt = engagement.StartsAt,
                        };
                        added.Add(walkIn);
                        list.Add(walkIn);
                        created++;
                    }
                }
            }

            if (row.Errors.Count > 0)
            {
                errors.AddRange(row.Errors);
                invalid.Add((fileRow, string.Join("; ", row.Errors.Select(e => $"{e.Field}: {e.Message}"))));
            }

            if (++done % ProgressEvery == 0)
            {
                await (onProgress?.Invoke(done) ?? Task.CompletedTask);
            }
        }

        db.AddRange(added);
        await registrations.LinkToPartnersAsync(engagement, list.Where(r => r.Attended).ToList());
        await db.SaveChangesAsync(ct);
        await (onProgress?.Invoke(done) ?? Task.CompletedTask);
        return new ImportResult(created, unchanged, errors, invalid.Count, await InvalidRows.CsvAsync(file.Headers, invalid, ct), updated);
    }
}
