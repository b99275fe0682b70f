using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Notifications;

/// <summary>What a person is told about.</summary>
public enum NotificationKind
{
    ReferralAssigned,
    FirstContactDueTomorrow,
    ReturnSentBack,
    FollowUpActionDue,
    EngagementReviewed,
}

/// <summary>Where a notification's email stands.</summary>
public enum NotificationMail
{
    /// <summary>Not yet looked at by the mailer (or waiting for the person's daily digest).</summary>
    Pending,

    /// <summary>Emailed as it happened.</summary>
    Sent,

    /// <summary>Emailed in a daily digest.</summary>
    InDigest,

    /// <summary>The person chose not to have this kind by email (it is still in their list).</summary>
    NotWanted,

    /// <summary>Not emailed: email is not set up, the account has no address or is disabled, or the relay refused it for a day.</summary>
    NotSent,
}

public static class NotificationNames
{
    public static string Of(NotificationKind kind) => kind switch
    {
        NotificationKind.ReferralAssigned => "A victim referral is assigned to me",
        NotificationKind.FirstContactDueTomorrow => "First contact with a victim of mine is due tomorrow",
        NotificationKind.ReturnSentBack => "A quarterly return I started is sent back",
        NotificationKind.FollowUpActionDue => "A follow-up action of mine is due today",
        NotificationKind.EngagementReviewed => "A supervisor reviews an engagement I led",
        _ => kind.ToString(),
    };
}

/// <summary>
/// Something a person should know about their work: shown in their list (Notifications, at the top of every page) and,
/// as they choose, emailed as it happens or in a daily digest. Titles name the record by its reference, never a
/// victim's name, because they are emailed.
/// </summary>
public sealed class Notification : IRegionOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public Guid UserId { get; set; }
    public NotificationKind Kind { get; set; }
    public string Title { get; set; } = "";

    /// <summary>The page it is about, within ProtectHub (a path such as /referrals/{id}).</summary>
    public string Link { get; set; } = "";

    /// <summary>For a notification made by the daily sweep, what makes it once only (a referral and its due date); null for events.</summary>
    public string? Key { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public NotificationMail Mail { get; set; }
    public DateTimeOffset? MailedAt { get; set; }
}

/// <summary>A person's choice of which notifications reach them by email, and how. Without a row: each by email as it happens.</summary>
public sealed class NotificationPreference
{
    public Guid UserId { get; set; }

    /// <summary>The kinds not wanted by email (a new kind is emailed until someone says otherwise).</summary>
    public List<NotificationKind> NotEmailed { get; set; } = [];

    /// <summary>One email a day with everything since the last, instead of one as each happens.</summary>
    public bool DailyDigest { get; set; }

    /// <summary>The UK day the last digest went (one a day at most).</summary>
    public DateOnly? LastDigestOn { get; set; }

    public bool Emails(NotificationKind kind) => !NotEmailed.Contains(kind);
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>, IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.Property(n => n.RegionCode).HasMaxLength(8);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(n => n.Mail).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Title).HasMaxLength(TextLimits.Sentence);
        builder.Property(n => n.Link).HasMaxLength(TextLimits.Line);
        builder.Property(n => n.Key).HasMaxLength(200);
        // No foreign key to the user: a notification is made in the same save as the change it tells of, and must never
        // be the reason that change fails (a record naming an account that is gone is told to nobody).
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.HasIndex(n => new { n.UserId, n.Key }).IsUnique();
        builder.HasIndex(n => new { n.Mail, n.CreatedAt });
    }

    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.ToTable("notification_preferences");
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.NotEmailed).HasConversion(
            kinds => string.Join(',', kinds.Select(k => k.ToString())),
            text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<NotificationKind>).ToList(),
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<NotificationKind>>(
                (a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, (hash, kind) => HashCode.Combine(hash, kind)), list => list.ToList()))
            .HasMaxLength(200);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
