using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Files;
using ProtectHub.Core.Mail;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Training;

public sealed record QualificationForm(string? Course, string? Provider, DateOnly? CompletedOn, DateOnly? ExpiresOn, decimal? CpdHours);

/// <summary>A certificate as uploaded: the name given, its length, and its content (a seekable stream).</summary>
public sealed record CertificateUpload(string FileName, long Length, Stream Content);

/// <summary>One row of the team's training matrix: an officer and what they hold, soonest expiring first.</summary>
public sealed record MatrixRow(Guid UserId, string Name, IReadOnlyList<Qualification> Held);

/// <summary>
/// Officers' qualifications and training: recorded by the officer (or their supervisor), with certificates kept in the
/// file store; the team's matrix; what expires soon.
/// </summary>
public sealed class StaffTraining(ProtectHubDbContext db, IFileStore files, TimeProvider time)
{
    public const long MaxCertificateBytes = 10 * 1024 * 1024;
    public const int ExpiringDays = 90;

    public Task<List<Qualification>> OfAsync(Guid userId) =>
        db.Set<Qualification>().AsNoTracking().Where(q => q.UserId == userId).OrderBy(q => q.ExpiresOn == null).ThenBy(q => q.ExpiresOn).ThenByDescending(q => q.CompletedOn).ToListAsync();

    public async Task<(Qualification? Qualification, IReadOnlyList<FieldError> Errors)> RecordAsync(Guid userId, QualificationForm form, CertificateUpload? certificate, string byName)
    {
        var errors = new List<FieldError>();
        var holder = await db.Users.AsNoTracking().Where(u => u.Id == userId && !u.IsDisabled).Select(u => new { u.Id, u.DisplayName, u.RegionCode }).FirstOrDefaultAsync();
        if (holder is null)
        {
            errors.Add(new("UserId", "Select an officer of your region"));
        }

        errors.RequireText(form.Course, nameof(form.Course), "The course", "Enter the course or qualification", TextLimits.Line);
        errors.RequireText(form.Provider, nameof(form.Provider), "The provider", "Enter who provided it, like the College of Policing or BCS", TextLimits.Line);
        var today = time.UkToday();
        if (form.CompletedOn is null)
        {
            errors.Add(new(nameof(form.CompletedOn), "Enter the date it was completed"));
        }
        else if (form.CompletedOn > today)
        {
            errors.Add(new(nameof(form.CompletedOn), "The date it was completed must be today or in the past"));
        }
        else if (form.ExpiresOn is { } expires && expires <= form.CompletedOn)
        {
            errors.Add(new(nameof(form.ExpiresOn), "The expiry date must be after the date it was completed"));
        }

        if (form.CpdHours is < 0 or > 1000)
        {
            errors.Add(new(nameof(form.CpdHours), "CPD hours must be between 0 and 1,000"));
        }

        FileCheck? check = null;
        if (certificate is not null)
        {
            var name = Path.GetFileName(certificate.FileName.Replace('\\', '/'));
            if (certificate.Length > MaxCertificateBytes)
            {
                errors.Add(new("Certificate", $"'{name}' is too large: a certificate must be 10 MB or smaller"));
            }
            else if ((check = FileContent.Check(certificate.Content)) is not { Problem: null, Kind: FileKind.Pdf or FileKind.Png or FileKind.Jpeg })
            {
                errors.Add(new("Certificate", check.Problem is { } problem ? $"'{name}' {problem}" : $"'{name}' must be a PDF, or a PNG or JPEG image of the certificate"));
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var qualification = new Qualification
        {
            RegionCode = holder!.RegionCode,
            UserId = holder.Id,
            UserName = holder.DisplayName,
            Course = form.Course!.Trim(),
            Provider = form.Provider!.Trim(),
            CompletedOn = form.CompletedOn!.Value,
            ExpiresOn = form.ExpiresOn,
            CpdHours = form.CpdHours,
            RecordedAt = time.GetUtcNow(),
            RecordedByName = byName,
        };
        if (certificate is not null && check is not null)
        {
            qualification.CertificateFileId = Guid.CreateVersion7();
            qualification.CertificateFileName = Path.GetFileName(certificate.FileName.Replace('\\', '/'));
            qualification.CertificateContentType = check.ContentType;
            qualification.CertificateSha256 = await FileHashing.Sha256Async(certificate.Content);
            await files.SaveAsync(qualification.CertificateFileId.Value, certificate.Content);
        }

        db.Add(qualification);
        try
        {
            await db.SaveChangesAsync();
        }
        catch
        {
            if (qualification.CertificateFileId is { } fileId)
            {
                await files.ForgetAsync(fileId);
            }

            throw;
        }

        return (qualification, []);
    }

    public async Task<bool> RemoveAsync(Guid qualificationId, Guid? onlyOf)
    {
        var qualification = await db.Set<Qualification>().FirstOrDefaultAsync(q => q.Id == qualificationId && (onlyOf == null || q.UserId == onlyOf));
        if (qualification is null)
        {
            return false;
        }

        db.Remove(qualification);
        await db.SaveChangesAsync();
        return true;
    }

    public Task<Qualification?> FindAsync(Guid qualificationId, Guid? onlyOf) =>
        db.Set<Qualification>().AsNoTracking().FirstOrDefaultAsync(q => q.Id == qualificationId && (onlyOf == null || q.UserId == onlyOf));

    public Task<bool> CopyCertificateAsync(Qualification qualification, Stream destination, CancellationToken ct = default) =>
        qualification.CertificateFileId is { } fileId ? files.CopyToAsync(fileId, destination, ct) : Task.FromResult(false);

    /// <summary>Every active officer of the region with what they hold, and the courses held by anyone (the matrix's columns).</summary>
    public async Task<(IReadOnlyList<string> Courses, IReadOnlyList<MatrixRow> Rows)> MatrixAsync()
    {
        var users = await db.Users.AsNoTracking().Where(u => !u.IsDisabled).OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.Roles }).ToListAsync();
        var working = users.Where(u => u.Roles.Any(r => r is Role.Officer or Role.Supervisor or Role.Coordinator or Role.HeadOfUnit)).ToList();
        var held = await db.Set<Qualification>().AsNoTracking().OrderByDescending(q => q.CompletedOn).ToListAsync();
        var byUser = held.GroupBy(q => q.UserId).ToDictionary(g => g.Key, g => g.ToList());
        var courses = held.Select(q => q.Course).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).Take(40).ToList();
        return (courses, working.Select(u => new MatrixRow(u.Id, u.DisplayName, byUser.GetValueOrDefault(u.Id, []))).ToList());
    }

    /// <summary>Qualifications of the region expiring in the next <see cref="ExpiringDays"/> days (or already expired, within a year).</summary>
    public Task<List<Qualification>> ExpiringAsync()
    {
        var today = time.UkToday();
        var until = today.AddDays(ExpiringDays);
        var since = today.AddYears(-1);
        return db.Set<Qualification>().AsNoTracking().Where(q => q.ExpiresOn != null && q.ExpiresOn <= until && q.ExpiresOn >= since).OrderBy(q => q.ExpiresOn).Take(500).ToListAsync();
    }

    /// <summary>The user's own qualifications expiring within 30 days (or expired), for their home page.</summary>
    public Task<List<Qualification>> ExpiringForAsync(Guid userId)
    {
        var until = time.UkToday().AddDays(30);
        return db.Set<Qualification>().AsNoTracking().Where(q => q.UserId == userId && q.ExpiresOn != null && q.ExpiresOn <= until).OrderBy(q => q.ExpiresOn).Take(20).ToListAsync();
    }
}

/// <summary>Emails each holder once when a qualification is within 30 days of expiry (or has expired without a reminder).</summary>
public sealed class TrainingReminders(ProtectHubDbContext db, MailSender mail, TimeProvider time, ILogger<TrainingReminders> logger)
{
    public async Task<int> RemindAsync(CancellationToken ct = default)
    {
        if (!mail.IsConfigured)
        {
            return 0;
        }

        var until = time.UkToday().AddDays(30);
        var due = await db.Set<Qualification>().Where(q => q.ExpiresOn != null && q.ExpiresOn <= until && (q.ExpiryReminderSentFor == null || q.ExpiryReminderSentFor != q.ExpiresOn))
            .OrderBy(q => q.ExpiresOn).Take(5000).ToListAsync(ct);
        var today = time.UkToday();
        return await UserReminders.SendAsync(db, mail, logger, due, q => q.UserId, (name, held) => ("Training due for renewal",
                $"Dear {name},\n\nThese qualifications recorded in ProtectHub need renewing:\n\n" +
                string.Join("\n", held.Select(q => $"- {q.Course} ({q.Provider}): {(q.ExpiresOn < today ? "expired" : "expires")} {q.ExpiresOn!.Value.ToUkDate()}")) +
                "\n\nPlease book the refresher, and record the new certificate in ProtectHub when you have it.\n\nProtectHub"),
            q => q.ExpiryReminderSentFor = q.ExpiresOn, "training reminder", ct);
    }
}

/// <summary>Sends the training expiry reminders once a day.</summary>
public sealed class TrainingReminderWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<TrainingReminderWorker> logger) : DailyJobWorker(scopes, time, logger)
{
    protected override string LeaseName => "training-reminders";

    protected override string JobName => "training expiry reminders";

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<TrainingReminders>().RemindAsync(ct);
}

public static class TrainingServices
{
    /// <summary>Officers' qualifications, the team's matrix, and expiry reminders.</summary>
    public static IServiceCollection AddTraining(this IServiceCollection services)
    {
        services.AddScoped<StaffTraining>();
        services.AddScoped<TrainingReminders>();
        return services;
    }
}
