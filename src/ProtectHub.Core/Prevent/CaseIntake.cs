using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Regions;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Prevent;

/// <summary>What a referrer tells the team in an anonymous consultation: nothing that names anyone.</summary>
public sealed record ConsultationForm(string? ForceCode, PreventSource? Source, AgeBand? AgeBand, ConcernBehaviour? Behaviour,
    OnlinePlatform? Platform, PreventSetting? Setting, string? Concerns, string? Advice, ConsultationDecision? Decision);

/// <summary>A referral of a young person, as entered on the referral form.</summary>
public sealed record ReferralForm
{
    public Guid? ConsultationId { get; init; }
    public PreventSource? Source { get; init; }
    public string? ReferrerName { get; init; }
    public string? ReferrerOrganisation { get; init; }
    public string? ReferrerEmail { get; init; }
    public string? ReferrerPhone { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public string? Gender { get; init; }
    public string? AddressLine1 { get; init; }
    public string? Town { get; init; }
    public string? Postcode { get; init; }
    public string? ForceCode { get; init; }
    public string? SchoolName { get; init; }

    /// <summary>One handle a line, as "Platform: handle".</summary>
    public string? Handles { get; init; }

    public string? ParentCarerName { get; init; }
    public string? ParentCarerRelationship { get; init; }
    public string? ParentCarerPhone { get; init; }
    public string? ParentCarerEmail { get; init; }
    public ConcernBehaviour? Behaviour { get; init; }
    public BehaviourLevel? BehaviourLevel { get; init; }
    public PreventSetting? Setting { get; init; }
    public string? Details { get; init; }
}

/// <summary>The way in: anonymous consultations, and referrals of a named young person (waiting for deconfliction).</summary>
public sealed class CaseIntake(ProtectHubDbContext db, TimeProvider time)
{
    public async Task<(Consultation? Consultation, IReadOnlyList<FieldError> Errors)> ConsultAsync(ConsultationForm form, Guid officerId, string officerName)
    {
        var errors = new List<FieldError>();
        var region = db.Scope.RegionCode;
        if (!string.IsNullOrEmpty(form.ForceCode) && !PoliceReferenceData.IsForceOf(form.ForceCode, region))
        {
            errors.Add(new(nameof(form.ForceCode), "Select a force area in your region"));
        }

        errors.Require(form.Source, nameof(form.Source), "Select who is asking");
        errors.Require(form.AgeBand, nameof(form.AgeBand), "Select the young person's age band");
        errors.Require(form.Behaviour, nameof(form.Behaviour), "Select the behaviour of concern");
        errors.Require(form.Setting, nameof(form.Setting), "Select where it came to notice");
        errors.RequireText(form.Concerns, nameof(form.Concerns), "Concerns", "Enter the concerns", TextLimits.Notes);
        errors.RequireText(form.Advice, nameof(form.Advice), "Advice", "Enter the team's advice", TextLimits.Notes);
        errors.Require(form.Decision, nameof(form.Decision), "Select the decision");
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var consultation = new Consultation
        {
            RegionCode = region,
            ForceCode = string.IsNullOrEmpty(form.ForceCode) ? null : form.ForceCode,
            Source = form.Source!.Value,
            AgeBand = form.AgeBand!.Value,
            Behaviour = form.Behaviour!.Value,
            Platform = form.Platform,
            Setting = form.Setting!.Value,
            Concerns = form.Concerns!.Trim(),
            Advice = form.Advice!.Trim(),
            Decision = form.Decision!.Value,
            RecordedById = officerId,
            RecordedByName = officerName,
            RecordedAt = time.GetUtcNow(),
        };
        db.Add(consultation);
        await db.SaveChangesAsync();
        return (consultation, []);
    }

    public async Task<IReadOnlyList<Consultation>> RecentConsultationsAsync(int take = 100) =>
        await db.Set<Consultation>().AsNoTracking().OrderByDescending(c => c.RecordedAt).Take(take).ToListAsync();

    public async Task<(PreventCase? Case, IReadOnlyList<FieldError> Errors)> ReferAsync(ReferralForm form, Guid officerId, string officerName)
    {
        var errors = new List<FieldError>();
        var region = db.Scope.RegionCode;
        var today = time.UkToday();
        errors.Require(form.Source, nameof(form.Source), "Select where the referral came from");
        errors.RequireText(form.ReferrerName, nameof(form.ReferrerName), "Referrer's name", "Enter the referrer's name", TextLimits.Line);
        errors.OptionalText(form.ReferrerOrganisation, nameof(form.ReferrerOrganisation), "Referrer's organisation", TextLimits.Line);
        if (!string.IsNullOrWhiteSpace(form.ReferrerEmail) && !ContactRules.IsEmail(form.ReferrerEmail))
        {
            errors.Add(new(nameof(form.ReferrerEmail), "Enter the referrer's email address in the correct format, like name@example.com"));
        }

        if (!string.IsNullOrWhiteSpace(form.ReferrerPhone) && !ContactRules.IsPhone(form.ReferrerPhone))
        {
            errors.Add(new(nameof(form.ReferrerPhone), "Enter the referrer's telephone number, like 01632 960 001"));
        }

        errors.RequireText(form.FirstName, nameof(form.FirstName), "First name", "Enter the young person's first name", TextLimits.Line);
        errors.RequireText(form.LastName, nameof(form.LastName), "Last name", "Enter the young person's last name", TextLimits.Line);
        if (form.DateOfBirth is not { } born)
        {
            errors.Add(new(nameof(form.DateOfBirth), "Enter the young person's date of birth"));
        }
        else if (born >= today || born.Year < 1900)
        {
            errors.Add(new(nameof(form.DateOfBirth), "Date of birth must be in the past"));
        }

        errors.OptionalText(form.Gender, nameof(form.Gender), "Gender", 32);
        errors.OptionalText(form.AddressLine1, nameof(form.AddressLine1), "Address", TextLimits.Line);
        errors.OptionalText(form.Town, nameof(form.Town), "Town", TextLimits.Town);
        var postcode = UkPostcode.Normalise(form.Postcode);
        if (!string.IsNullOrWhiteSpace(form.Postcode) && postcode is null)
        {
            errors.Add(new(nameof(form.Postcode), "Enter a real postcode, like LE1 6ZG"));
        }

        if (string.IsNullOrEmpty(form.ForceCode) || !PoliceReferenceData.IsForceOf(form.ForceCode, region))
        {
            errors.Add(new(nameof(form.ForceCode), "Select the force area where the young person lives"));
        }

        errors.OptionalText(form.SchoolName, nameof(form.SchoolName), "School or college", TextLimits.Line);
        var handles = ParseHandles(form.Handles, errors);
        errors.OptionalText(form.ParentCarerName, nameof(form.ParentCarerName), "Parent or carer's name", TextLimits.Line);
        errors.OptionalText(form.ParentCarerRelationship, nameof(form.ParentCarerRelationship), "Relationship", 64);
        if (!string.IsNullOrWhiteSpace(form.ParentCarerEmail) && !ContactRules.IsEmail(form.ParentCarerEmail))
        {
            errors.Add(new(nameof(form.ParentCarerEmail), "Enter the parent or carer's email address in the correct format, like name@example.com"));
        }

        if (!string.IsNullOrWhiteSpace(form.ParentCarerPhone) && !ContactRules.IsPhone(form.ParentCarerPhone))
        {
            errors.Add(new(nameof(form.ParentCarerPhone), "Enter the parent or carer's telephone number, like 07700 900 982"));
        }

        errors.Require(form.Behaviour, nameof(form.Behaviour), "Select the behaviour of concern");
        errors.Require(form.BehaviourLevel, nameof(form.BehaviourLevel), "Select how far the behaviour has gone");
        errors.Require(form.Setting, nameof(form.Setting), "Select where it came to notice");
        errors.OptionalText(form.Details, nameof(form.Details), "What happened", TextLimits.Notes);
        var consultation = form.ConsultationId is { } consultationId ? await db.Set<Consultation>().FirstOrDefaultAsync(c => c.Id == consultationId) : null;
        if (form.ConsultationId is not null && consultation is null)
        {
            errors.Add(new("", "The consultation this referral follows was not found"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var now = time.GetUtcNow();
        var referrerEmail = Trimmed(form.ReferrerEmail);
        var normalisedEmail = referrerEmail?.ToLowerInvariant();
        var schoolName = Trimmed(form.SchoolName);
        var id = Guid.CreateVersion7();
        var prevent = new PreventCase
        {
            Id = id,
            RegionCode = region,
            ForceCode = form.ForceCode!,
            Reference = $"PV-{today:yyMM}-{id.ToString("N")[^6..].ToUpperInvariant()}",
            Source = form.Source!.Value,
            ReferrerName = form.ReferrerName!.Trim(),
            ReferrerOrganisation = Trimmed(form.ReferrerOrganisation),
            ReferrerEmail = referrerEmail,
            ReferrerPhone = Trimmed(form.ReferrerPhone),
            ReferrerContactId = normalisedEmail is null ? null
                : await db.Set<Contact>().Where(c => c.NormalisedEmail == normalisedEmail).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(),
            FirstName = form.FirstName!.Trim(),
            LastName = form.LastName!.Trim(),
            DateOfBirth = form.DateOfBirth,
            Gender = Trimmed(form.Gender),
            AddressLine1 = Trimmed(form.AddressLine1),
            Town = Trimmed(form.Town),
            Postcode = postcode,
            SchoolName = schoolName,
            SchoolOrganisationId = schoolName is null ? null
                : await db.Set<Organisation>().Where(o => o.Name.ToLower() == schoolName.ToLower()).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(),
            Handles = handles,
            ParentCarerName = Trimmed(form.ParentCarerName),
            ParentCarerRelationship = Trimmed(form.ParentCarerRelationship),
            ParentCarerPhone = Trimmed(form.ParentCarerPhone),
            ParentCarerEmail = Trimmed(form.ParentCarerEmail),
            Behaviour = form.Behaviour!.Value,
            BehaviourLevel = form.BehaviourLevel!.Value,
            Setting = form.Setting!.Value,
            Details = Trimmed(form.Details),
            AgeBandAtReferral = PreventNames.BandOf(ConsentRules.Age(form.DateOfBirth!.Value, today)),
            ConsultationId = consultation?.Id,
            Status = PreventCaseStatus.AwaitingDeconfliction,
            ReferredAt = now,
            UpdatedAt = now,
        };
        prevent.EarlierReferrals = (await RepeatReferrals.OthersOfAsync(db, prevent)).Count;
        db.Add(prevent);
        if (consultation is not null)
        {
            consultation.CaseId = prevent.Id;
        }

        await db.SaveChangesAsync();
        return (prevent, []);
    }

    /// <summary>Reads "Platform: handle" lines; a line naming no known platform is an error that quotes it.</summary>
    public static List<string> ParseHandles(string? text, List<FieldError> errors)
    {
        var handles = new List<string>();
        var lineNumber = 0;
        foreach (var raw in (text ?? "").Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var platformText = colon > 0 ? line[..colon].Trim() : "";
            var handle = colon > 0 ? line[(colon + 1)..].Trim() : "";
            var known = Enum.GetValues<OnlinePlatform>().Where(p => TextKey.Of(PreventNames.Of(p)) == TextKey.Of(platformText)).ToList();
            if (known.Count == 0 || handle.Length == 0 || handle.Length > 100)
            {
                var platforms = string.Join(", ", Enum.GetValues<OnlinePlatform>().Select(PreventNames.Of));
                errors.Add(new("Handles", $"Online handles line {lineNumber} ('{Shorten(line)}'): write it as platform, a colon, then the handle, like 'Discord: n0scope'; platforms are {platforms}"));
                continue;
            }

            handles.Add($"{PreventNames.Of(known[0])}: {handle}");
        }

        if (handles.Count > 20)
        {
            errors.Add(new("Handles", "Enter 20 online handles or fewer"));
        }

        return handles;
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "..." : text;

    private static string? Trimmed(string? text) => FormErrors.Trimmed(text);
}
