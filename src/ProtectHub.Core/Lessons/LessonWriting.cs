using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Intelligence;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Sharing;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Lessons;

/// <summary>A lesson as written on the form; list values already read strictly by the page.</summary>
public sealed record LessonForm
{
    public string? Title { get; init; }
    public string? OperationName { get; init; }
    public string? Offence { get; init; }
    public ThreatCategory? AttackType { get; init; }
    public string? AttackPath { get; init; }

    /// <summary>ATT&amp;CK technique ids, separated by commas or lines.</summary>
    public string? Techniques { get; init; }
    public string? Weakness { get; init; }
    public string? Prevention { get; init; }
    public string? Advice { get; init; }
    public IReadOnlyList<string> TopicIds { get; init; } = [];
    public string? InvestigatorName { get; init; }
    public Guid? InvestigatorContactId { get; init; }
    public TlpMarking? Tlp { get; init; }

    public static LessonForm Of(Lesson lesson) => new()
    {
        Title = lesson.Title,
        OperationName = lesson.OperationName,
        Offence = lesson.Offence,
        AttackType = lesson.AttackType,
        AttackPath = lesson.AttackPath,
        Techniques = string.Join(", ", lesson.TechniqueIds),
        Weakness = lesson.Weakness,
        Prevention = lesson.Prevention,
        Advice = lesson.Advice,
        TopicIds = lesson.TopicIds.Select(t => t.ToString()).ToList(),
        InvestigatorName = lesson.InvestigatorName,
        InvestigatorContactId = lesson.InvestigatorContactId,
        Tlp = lesson.Tlp,
    };
}

/// <summary>Writing a lesson: a draft, changes to it while it is the region's own, and submission for review.</summary>
public sealed class LessonWriting(ProtectHubDbContext db, TimeProvider time)
{
    public async Task<(Lesson? Lesson, IReadOnlyList<FieldError> Errors)> CreateAsync(LessonForm form, Guid authorId, string authorName)
    {
        var (errors, techniques, topics) = await CheckAsync(form);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var now = time.GetUtcNow();
        var lesson = new Lesson { RegionCode = db.Scope.RegionCode, CreatedById = authorId, CreatedByName = authorName, CreatedAt = now, Status = LessonStatus.Draft };
        lesson.Reference = $"LL-{time.UkToday():yyMM}-{lesson.Id.ToString("N")[^6..].ToUpperInvariant()}";
        Apply(lesson, form, techniques, topics, now);
        db.Add(lesson);
        await db.SaveChangesAsync();
        return (lesson, []);
    }

    /// <summary>Changes a draft, or a published lesson of the region (it stays published: the owning region keeps it right).</summary>
    public async Task<IReadOnlyList<FieldError>> UpdateAsync(Lesson lesson, LessonForm form)
    {
        if (lesson.Status is LessonStatus.SubmittedForReview or LessonStatus.Withdrawn)
        {
            return [new("", lesson.Status == LessonStatus.Withdrawn ? "This lesson has been withdrawn" : "This lesson is waiting for review: ask the reviewer to send it back first")];
        }

        var (errors, techniques, topics) = await CheckAsync(form);
        if (errors.Count == 0 && lesson.Status == LessonStatus.Published)
        {
            // A published lesson is read nationally: it must stay clear of personal data after every change.
            errors.AddRange(PersonalDataFindings(form).Select(f => new FieldError(f.Field, f.Message)));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        Apply(lesson, form, techniques, topics, time.GetUtcNow());
        await db.SaveChangesAsync();
        return [];
    }

    public async Task<IReadOnlyList<FieldError>> SubmitAsync(Lesson lesson)
    {
        if (lesson.Status != LessonStatus.Draft)
        {
            return [new("", "This lesson has already been submitted")];
        }

        lesson.Status = LessonStatus.SubmittedForReview;
        lesson.ReviewReturnReason = null;
        lesson.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync();
        return [];
    }

    /// <summary>What in the lesson looks like personal data, by form field.</summary>
    public static IReadOnlyList<PersonalDataScan.Finding> PersonalDataFindings(LessonForm form) => PersonalDataScan.Find(
        (nameof(form.Title), form.Title), (nameof(form.OperationName), form.OperationName), (nameof(form.Offence), form.Offence), (nameof(form.AttackPath), form.AttackPath),
        (nameof(form.Weakness), form.Weakness), (nameof(form.Prevention), form.Prevention), (nameof(form.Advice), form.Advice));

    public Task<List<(Guid Id, string Name)>> TopicsAsync() =>
        db.Set<ManagedListItem>().AsNoTracking().Where(i => i.Kind == ManagedListKind.Topic && !i.IsRetired).OrderBy(i => i.Name)
            .Select(i => new ValueTuple<Guid, string>(i.Id, i.Name)).ToListAsync();

    private async Task<(List<FieldError> Errors, IReadOnlyList<string> Techniques, IReadOnlyList<Guid> Topics)> CheckAsync(LessonForm form)
    {
        var errors = new List<FieldError>();
        errors.RequireText(form.Title, nameof(form.Title), "The title", "Enter a title for the lesson", LessonLimits.Title);
        errors.OptionalText(form.OperationName, nameof(form.OperationName), "The operation name", TextLimits.Line);
        errors.RequireText(form.Offence, nameof(form.Offence), "The offence", "Enter the offence investigated", TextLimits.Line);
        errors.Require(form.AttackType, nameof(form.AttackType), "Select the type of attack");
        errors.RequireText(form.AttackPath, nameof(form.AttackPath), "The attack path", "Describe the attack path, step by step", LessonLimits.Text);
        errors.RequireText(form.Weakness, nameof(form.Weakness), "The weakness", "Enter the weakness the attackers exploited", LessonLimits.Text);
        errors.RequireText(form.Prevention, nameof(form.Prevention), "What would have prevented it", "Enter what would have prevented it", LessonLimits.Text);
        errors.RequireText(form.Advice, nameof(form.Advice), "The Protect advice", "Enter the Protect advice derived from the lesson", LessonLimits.Text);
        errors.RequireText(form.InvestigatorName, nameof(form.InvestigatorName), "The investigator", "Enter the SIO or officer in the case (name and role)", TextLimits.Line);
        errors.Require(form.Tlp, nameof(form.Tlp), "Select the TLP marking: how far the lesson may be shared");
        var (techniques, techniqueErrors) = AttackTechniques.Parse(form.Techniques);
        if (techniqueErrors.Count > 0)
        {
            errors.Add(new(nameof(form.Techniques), string.Join("; ", techniqueErrors)));
        }
        else if (techniques.Count == 0)
        {
            errors.Add(new(nameof(form.Techniques), "Enter the ATT&CK techniques of the attack path, like T1566.001"));
        }

        var topics = form.TopicIds.Select(t => Guid.TryParse(t, out var id) ? id : Guid.Empty).Distinct().ToList();
        if (topics.Count > 0 && await db.Set<ManagedListItem>().CountAsync(i => topics.Contains(i.Id) && i.Kind == ManagedListKind.Topic) != topics.Count)
        {
            errors.Add(new(nameof(form.TopicIds), "Select topics from the list"));
        }

        if (form.InvestigatorContactId is { } contact && !await db.Set<Contact>().AnyAsync(c => c.Id == contact))
        {
            errors.Add(new(nameof(form.InvestigatorContactId), "Select one of your region's contacts"));
        }

        return (errors, techniques, topics);
    }

    private static void Apply(Lesson lesson, LessonForm form, IReadOnlyList<string> techniques, IReadOnlyList<Guid> topics, DateTimeOffset now)
    {
        lesson.Title = form.Title!.Trim();
        lesson.OperationName = FormErrors.Trimmed(form.OperationName);
        lesson.Offence = form.Offence!.Trim();
        lesson.AttackType = form.AttackType!.Value;
        lesson.AttackPath = form.AttackPath!.Trim();
        lesson.TechniqueIds = [.. techniques];
        lesson.Weakness = form.Weakness!.Trim();
        lesson.Prevention = form.Prevention!.Trim();
        lesson.Advice = form.Advice!.Trim();
        lesson.TopicIds = [.. topics];
        lesson.InvestigatorName = form.InvestigatorName!.Trim();
        lesson.InvestigatorContactId = form.InvestigatorContactId;
        lesson.Tlp = form.Tlp!.Value;
        lesson.SearchText = string.Join(' ', new[] { lesson.Title, lesson.OperationName, lesson.Offence, lesson.Weakness, lesson.Prevention, lesson.Advice }
            .Where(t => t is not null)).ToLowerInvariant();
        lesson.UpdatedAt = now;
    }
}
