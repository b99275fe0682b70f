using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Data.Providers;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Registrations;

/// <summary>
/// Registration and check-in for events: a public sign-up page per event (capacity and waiting list, the privacy
/// wording shown and kept), walk-ins added at the door, and attendance marked by the officer. Attendees whose email
/// matches a contact are linked to it, and their organisation to the event.
/// </summary>
public sealed class EventRegistrations(ProtectHubDbContext db, TimeProvider time, IRowLocks locks)
{
    /// <summary>What a person is told about their details when they sign up; kept with each registration.</summary>
    public static string PrivacyWording(string regionName) =>
        $"The {regionName} Regional Organised Crime Unit's Protect team uses your name, email address and organisation to " +
        "manage places at this event and to record who attended. We do not share them, and we do not add you to any " +
        "mailing list. You can ask the team to remove them at any time.";

    /// <summary>Opens (or reopens) the public sign-up page of a planned event, with an optional number of places.</summary>
    public async Task<IReadOnlyList<FieldError>> OpenAsync(Engagement engagement, int? capacity)
    {
        if (engagement.Status != EngagementStatus.Planned)
        {
            return [new("", "Registration can only be opened for a planned event")];
        }

        if (engagement.StartsAt <= time.GetUtcNow())
        {
            // The public page takes no sign-ups once an event has started; saying "open" would be untrue.
            return [new("", $"Registration cannot be opened: the event started at {UkTime.ToLocal(engagement.StartsAt):HH:mm} on {engagement.StartsAt.ToUkDate()}")];
        }

        if (capacity is not null and not (>= 1 and <= 100_000))
        {
            return [new("Capacity", "Enter the number of places, from 1 to 100,000, or leave it blank for no limit")];
        }

        engagement.RegistrationToken ??= PublicToken.New();
        engagement.Capacity = capacity;
        engagement.RegistrationClosed = false;
        await db.SaveChangesAsync();
        await PromoteFromWaitingListAsync(engagement);
        return [];
    }

    public async Task CloseAsync(Engagement engagement)
    {
        engagement.RegistrationClosed = true;
        await db.SaveChangesAsync();
    }

    /// <summary>The event behind a public sign-up link, whichever region it belongs to (the link itself is the permission).</summary>
    public Task<Engagement?> FindByTokenAsync(string token) =>
        string.IsNullOrWhiteSpace(token) || token.Length > 64
            ? Task.FromResult<Engagement?>(null)
            : db.Set<Engagement>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(e => e.RegistrationToken == token);

    /// <summary>Whether the public page takes sign-ups now: open, planned, and not yet started.</summary>
    public bool IsOpen(Engagement engagement) =>
        MayOpen(engagement) && engagement is { RegistrationToken: not null, RegistrationClosed: false };

    /// <summary>Whether registration could be opened now: a planned event that has not started.</summary>
    public bool MayOpen(Engagement engagement) =>
        engagement.Status == EngagementStatus.Planned && engagement.StartsAt > time.GetUtcNow();

    /// <summary>Whether the event's places are all taken, so that a sign-up now joins the waiting list.</summary>
    public async Task<bool> IsFullAsync(Engagement engagement) =>
        engagement.Capacity is { } capacity && await ConfirmedCountAsync(engagement.Id) >= capacity;

    /// <summary>A sign-up from the public page. Errors name the field; one place per email address per event.</summary>
    public async Task<(RegistrationOutcome? Outcome, IReadOnlyList<FieldError> Errors)> RegisterAsync(
        Engagement engagement, string? fullName, string? email, string? organisationName, bool agreed, string regionName)
    {
        var errors = ValidatePerson(fullName, email, organisationName, emailRequired: true);
        if (!agreed)
        {
            errors.Add(new("Agreed", "Confirm that you have read how your details will be used"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var normalised = email!.Trim().ToLowerInvariant();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await LockAsync(engagement.Id);
        if (await Registrations(engagement.Id).AnyAsync(r => r.NormalisedEmail == normalised && r.Status != RegistrationStatus.Cancelled))
        {
            // Said the same way whatever the earlier registration's state, so the page reveals nothing about it.
            return (RegistrationOutcome.AlreadyRegistered, []);
        }

        var status = engagement.Capacity is { } capacity && await ConfirmedCountAsync(engagement.Id) >= capacity
            ? RegistrationStatus.WaitingList
            : RegistrationStatus.Confirmed;
        db.Add(new EventRegistration
        {
            RegionCode = engagement.RegionCode,
            EngagementId = engagement.Id,
            FullName = fullName!.Trim(),
            Email = email.Trim(),
            NormalisedEmail = normalised,
            OrganisationName = string.IsNullOrWhiteSpace(organisationName) ? null : organisationName.Trim(),
            Status = status,
            RegisteredAt = time.GetUtcNow(),
            ConsentWording = PrivacyWording(regionName),
        });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return (status == RegistrationStatus.Confirmed ? RegistrationOutcome.Confirmed : RegistrationOutcome.WaitingList, []);
    }

    /// <summary>The event's registrations for its officers: places first, then the waiting list in order, then cancelled ones.</summary>
    /// <summary>The names of the partner organisations people at an event are linked to, for the attendance list.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> OrganisationNamesAsync(IEnumerable<Guid> organisationIds)
    {
        var ids = organisationIds.Distinct().ToList();
        return await db.Set<Organisation>().IncludingMerged().AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name);
    }

    public async Task<IReadOnlyList<EventRegistration>> ListAsync(Guid engagementId)
    {
        var all = await Registrations(engagementId).AsNoTracking().ToListAsync();
        return all.OrderBy(r => r.Status).ThenBy(r => r.RegisteredAt).ToList();
    }

    /// <summary>Someone who came without signing up, added at the door: a confirmed place, marked as attended.</summary>
    public async Task<IReadOnlyList<FieldError>> AddWalkInAsync(Engagement engagement, string? fullName, string? email, string? organisationName)
    {
        var errors = ValidatePerson(fullName, email, organisationName, emailRequired: false);
        var normalised = string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
        if (normalised is not null && await Registrations(engagement.Id).AnyAsync(r => r.NormalisedEmail == normalised && r.Status != RegistrationStatus.Cancelled))
        {
            errors.Add(new("Email", "Someone with this email address is already on the list: mark them as attended there"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var registration = new EventRegistration
        {
            RegionCode = engagement.RegionCode,
            EngagementId = engagement.Id,
            FullName = fullName!.Trim(),
            Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
            NormalisedEmail = normalised,
            OrganisationName = string.IsNullOrWhiteSpace(organisationName) ? null : organisationName.Trim(),
            Status = RegistrationStatus.Confirmed,
            RegisteredAt = time.GetUtcNow(),
            AddedByOfficer = true,
            Attended = true,
            CheckedInAt = time.GetUtcNow(),
        };
        db.Add(registration);
        await LinkToPartnersAsync(engagement, [registration]);
        await db.SaveChangesAsync();
        return [];
    }

    /// <summary>Marks who came: every place and waiting-list entry of the event is attended if, and only if, it is in <paramref name="attended"/>.</summary>
    /// <remarks>
    /// <paramref name="cameAt"/> is when those newly marked came, if not now (attendance taken on paper at the door and
    /// recorded later): on the day of the event or after, and never in the future.
    /// </remarks>
    public async Task<IReadOnlyList<FieldError>> SetAttendanceAsync(Engagement engagement, IReadOnlySet<Guid> attended, DateTimeOffset? cameAt = null)
    {
        var now = time.GetUtcNow();
        if (engagement.StartsAt > now)
        {
            return [new("", $"Attendance is recorded once the event has started: it starts on {engagement.StartsAt.ToUkDateTime()}")];
        }

        if (cameAt > now)
        {
            return [new("On", $"When they came must be in the past: {cameAt.Value.ToUkDateTime()} has not come yet")];
        }

        var eventDay = UkTime.DateOf(engagement.StartsAt);
        if (cameAt < UkTime.StartOfDay(eventDay))
        {
            return [new("On", $"When they came must be on the day of the event ({eventDay.ToUkDate()}) or after")];
        }

        var registrations = await Registrations(engagement.Id).Where(r => r.Status != RegistrationStatus.Cancelled).ToListAsync();
        foreach (var registration in registrations)
        {
            var came = attended.Contains(registration.Id);
            if (came != registration.Attended)
            {
                registration.Attended = came;
                registration.CheckedInAt = came ? cameAt ?? now : null;
            }
        }

        await LinkToPartnersAsync(engagement, registrations.Where(r => r.Attended).ToList());
        await db.SaveChangesAsync();
        return [];
    }

    /// <summary>Cancels a place; the first on the waiting list then gets it.</summary>
    public async Task CancelAsync(Engagement engagement, Guid registrationId)
    {
        var registration = await Registrations(engagement.Id).FirstOrDefaultAsync(r => r.Id == registrationId && r.Status != RegistrationStatus.Cancelled);
        if (registration is null)
        {
            return;
        }

        registration.Status = RegistrationStatus.Cancelled;
        registration.Attended = false;
        await db.SaveChangesAsync();
        await PromoteFromWaitingListAsync(engagement);
    }

    public Task<int> AttendedCountAsync(Guid engagementId) => Registrations(engagementId).CountAsync(r => r.Attended);

    /// <summary>
    /// How many signed up and how many were added at the door (walk-ins came, but did not sign up), cancellations left
    /// out. Counted in the database: the debrief needs the numbers, not the people, and so reads no personal record.
    /// </summary>
    public async Task<(int SignedUp, int WalkIns)> SignUpCountsAsync(Guid engagementId)
    {
        var current = db.Set<EventRegistration>().Where(r => r.EngagementId == engagementId && r.Status != RegistrationStatus.Cancelled);
        return (await current.CountAsync(r => !r.AddedByOfficer), await current.CountAsync(r => r.AddedByOfficer));
    }

    private async Task PromoteFromWaitingListAsync(Engagement engagement)
    {
        var free = engagement.Capacity is { } capacity ? capacity - await ConfirmedCountAsync(engagement.Id) : int.MaxValue;
        if (free <= 0)
        {
            return;
        }

        var waiting = await Registrations(engagement.Id).Where(r => r.Status == RegistrationStatus.WaitingList)
            .OrderBy(r => r.RegisteredAt).Take(Math.Min(free, 10_000)).ToListAsync();
        waiting.ForEach(r => r.Status = RegistrationStatus.Confirmed);
        await db.SaveChangesAsync();
    }

    /// <summary>Links attendees to the contact with the same email, and the event to their organisations.</summary>
    internal async Task LinkToPartnersAsync(Engagement engagement, IReadOnlyList<EventRegistration> attendees)
    {
        var emails = attendees.Where(r => r.ContactId is null && r.NormalisedEmail != null).Select(r => r.NormalisedEmail!).Distinct().ToList();
        if (emails.Count > 0)
        {
            var contacts = await db.Set<Contact>().AsNoTracking().Where(c => c.NormalisedEmail != null && emails.Contains(c.NormalisedEmail))
                .Select(c => new { c.Id, c.NormalisedEmail, c.OrganisationId }).ToListAsync();
            foreach (var registration in attendees.Where(r => r.ContactId is null && r.NormalisedEmail != null))
            {
                if (contacts.FirstOrDefault(c => c.NormalisedEmail == registration.NormalisedEmail) is { } contact)
                {
                    (registration.ContactId, registration.OrganisationId) = (contact.Id, contact.OrganisationId);
                }
            }
        }

        var organisations = attendees.Where(r => r.OrganisationId is not null).Select(r => r.OrganisationId!.Value).Except(engagement.OrganisationIds).Distinct().ToList();
        if (organisations.Count > 0)
        {
            engagement.OrganisationIds = [.. engagement.OrganisationIds, .. organisations];
        }
    }

    private static List<FieldError> ValidatePerson(string? fullName, string? email, string? organisationName, bool emailRequired)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(fullName))
        {
            errors.Add(new("FullName", "Enter your full name"));
        }
        else if (fullName.Trim().Length > TextLimits.Line)
        {
            errors.Add(new("FullName", TextLimits.TooLong("Full name", TextLimits.Line)));
        }

        if (string.IsNullOrWhiteSpace(email))
        {
            if (emailRequired)
            {
                errors.Add(new("Email", "Enter your email address"));
            }
        }
        else if (!ContactRules.IsEmail(email))
        {
            errors.Add(new("Email", "Enter an email address in the correct format, like name@example.com"));
        }

        if (organisationName?.Trim().Length > TextLimits.Line)
        {
            errors.Add(new("OrganisationName", TextLimits.TooLong("Organisation", TextLimits.Line)));
        }

        return errors;
    }

    internal IQueryable<EventRegistration> Registrations(Guid engagementId) =>
        db.Set<EventRegistration>().IgnoreQueryFilters().Where(r => r.EngagementId == engagementId);

    /// <summary>Places taken through the sign-up page; walk-ins added at the door take none.</summary>
    private Task<int> ConfirmedCountAsync(Guid engagementId) =>
        Registrations(engagementId).CountAsync(r => r.Status == RegistrationStatus.Confirmed && !r.AddedByOfficer);

    /// <summary>Serialises sign-ups for one event, so the last place cannot be given twice.</summary>
    private Task LockAsync(Guid engagementId) => locks.LockAsync<Engagements.Engagement>(db, engagementId);

    /// <summary>A contact's CPD from the region's CPD events they attended: the events (newest first) and the hours earned.</summary>
    public async Task<(IReadOnlyList<(Guid EngagementId, string Title, DateTimeOffset StartsAt, decimal Hours)> Events, decimal Hours)> CpdRecordAsync(Guid contactId)
    {
        var attended = db.Set<EventRegistration>().Where(r => r.ContactId == contactId && r.Attended).Select(r => r.EngagementId);
        var events = (await db.Set<Engagement>().AsNoTracking()
                .Where(e => attended.Contains(e.Id) && e.Kind == EngagementKind.CpdEvent && e.CpdHours != null && e.Status != EngagementStatus.Cancelled)
                .OrderByDescending(e => e.StartsAt).Select(e => new { e.Id, e.Title, e.StartsAt, Hours = e.CpdHours!.Value }).Take(200).ToListAsync())
            .Select(e => (e.Id, e.Title, e.StartsAt, e.Hours)).ToList();
        return (events, events.Sum(e => e.Hours));
    }
}
