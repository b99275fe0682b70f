using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Imports;

namespace ProtectHub.Core.Campaigns;

/// <summary>
/// A platform's analytics export (Facebook, X, LinkedIn and the like, as CSV or XLSX) read into a campaign's posts with
/// the import engine: each row is matched to one of the campaign's posts by the day it was published and its text (and
/// the platform, when the file says), and gives that post its reach and interactions; a planned post found in the export
/// is marked published on that day. Rows that match no post, or more than one, come back with the reason. Every post is
/// updated in one save at the end, so a failed import changes nothing.
/// </summary>
public sealed class PostAnalyticsImport(ProtectHubDbContext db) : IRecordImport
{
    public const string KindName = "post-analytics";

    /// <summary>How much of the start of a post's text identifies it: exports shorten long posts, and platforms add links.</summary>
    public const int TextCompared = 40;

    /// <summary>The least of a text that is compared as the start of the other (a shorter one must be the whole of both).</summary>
    public const int ShortestCompared = 20;

    private const int ProgressEvery = 500;

    public static IReadOnlyList<ImportField> AllFields { get; } =
    [
        new("PublishedOn", "Date published", true, ["date", "published", "publishtime", "publishedon", "datepublished", "posted", "postdate", "time", "created", "createddate", "date posted"]),
        new("Text", "Post text", false, ["text", "posttext", "message", "postmessage", "tweettext", "tweet", "title", "posttitle", "description", "content", "caption"]),
        new("Platform", "Platform", false, ["platform", "channel", "network", "socialnetwork", "site"]),
        new("Reach", "Reach", true, ["reach", "postreach", "impressions", "views", "reached", "accountsreached"]),
        new("Interactions", "Interactions", false, ["interactions", "engagements", "engagement", "totalengagements", "reactions", "reactionscommentsandshares"]),
    ];

    public string Kind => KindName;

    public IReadOnlyList<ImportField> Fields => AllFields;

    public async Task<ImportResult> RunAsync(ImportContext context, Func<int, Task>? onProgress = null, CancellationToken ct = default)
    {
        var campaignId = context.TargetId ?? throw new InvalidOperationException("A post analytics import belongs to a campaign: the upload names none.");
        var posts = await db.Set<CampaignPost>().Where(p => p.CampaignId == campaignId && p.Status != PostStatus.Cancelled).ToListAsync(ct);
        var file = context.File;
        var errors = new List<RowError>();
        var invalid = new List<(TabularFile.Row Row, string Reasons)>();
        var matchedBy = new Dictionary<Guid, int>();
        int updated = 0, unchanged = 0, done = 0;
        foreach (var fileRow in file.Rows)
        {
            ct.ThrowIfCancellationRequested();
            var row = new ImportRow(fileRow, context.Mapping, Fields);
            if (fileRow.Cells.Count != file.Headers.Count)
            {
                row.Error("Row", $"Row has {fileRow.Cells.Count} values but the header has {file.Headers.Count} columns");
            }
            else if (Read(row) is { } figures)
            {
                var post = Match(row, figures, posts);
                if (post is not null && matchedBy.TryGetValue(post.Id, out var earlier))
                {
                    row.Error("Text", $"Row {earlier} already gave this post's figures");
                }
                else if (post is not null)
                {
                    matchedBy[post.Id] = row.Number;
                    if (Apply(post, figures))
                    {
                        updated++;
                    }
                    else
                    {
                        unchanged++;
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

        await db.SaveChangesAsync(ct);
        await (onProgress?.Invoke(done) ?? Task.CompletedTask);
        return new ImportResult(0, unchanged, errors, invalid.Count, await InvalidRows.CsvAsync(file.Headers, invalid, ct), updated);
    }

    private sealed record Figures(DateOnly PublishedOn, string? Text, PostChannel? Channel, int Reach, int? Interactions);

    private static Figures? Read(ImportRow row)
    {
        var publishedOn = row.Date("PublishedOn");
        if (publishedOn is null && row.Cell("PublishedOn") is null)
        {
            row.Error("PublishedOn", "Enter the date the post was published");
        }

        PostChannel? channel = null;
        if (row.Cell("Platform") is { } platform)
        {
            channel = ChannelOf(platform);
            if (channel is null)
            {
                row.Error("Platform", $"'{platform}' is not a platform ProtectHub knows: use Facebook, X, Instagram, LinkedIn, Nextdoor, YouTube or TikTok");
            }
        }

        var reach = Count(row, "Reach", required: true);
        var interactions = Count(row, "Interactions", required: false);
        return row.Errors.Count == 0 && publishedOn is { } day && reach is { } r ? new Figures(day, row.Cell("Text"), channel, r, interactions) : null;
    }

    /// <summary>A whole number as exports write it ("1,250", "1250", "1 250"), or null with the reason.</summary>
    private static int? Count(ImportRow row, string field, bool required)
    {
        var text = row.Cell(field);
        if (text is null)
        {
            if (required)
            {
                row.Error(field, $"Enter the {field.ToLowerInvariant()}, a whole number like 1250");
            }

            return null;
        }

        var digits = text.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 1_000_000_000)
        {
            return value;
        }

        row.Error(field, $"'{text}' is not a whole number of 0 or more, like 1250");
        return null;
    }

    private static PostChannel? ChannelOf(string platform) => Normalise(platform) switch
    {
        "x" or "twitter" or "x (twitter)" or "x twitter" => PostChannel.X,
        "facebook" or "meta" => PostChannel.Facebook,
        "instagram" => PostChannel.Instagram,
        "linkedin" => PostChannel.LinkedIn,
        "nextdoor" => PostChannel.Nextdoor,
        "youtube" => PostChannel.YouTube,
        "tiktok" => PostChannel.TikTok,
        _ => null,
    };

    /// <summary>The one post of the campaign the row is about, or null with the reason on the row.</summary>
    private static CampaignPost? Match(ImportRow row, Figures figures, List<CampaignPost> posts)
    {
        var day = figures.PublishedOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        var onTheDay = posts.Where(p => (p.PublishedOn ?? p.ScheduledOn) == figures.PublishedOn && !CampaignNames.IsPress(p.Channel)
            && (figures.Channel is null || p.Channel == figures.Channel)).ToList();
        var matching = figures.Text is null ? onTheDay : onTheDay.Where(p => SameText(p.Text, figures.Text)).ToList();
        switch (matching.Count)
        {
            case 1:
                return matching[0];
            case 0:
                row.Error(onTheDay.Count == 0 ? "PublishedOn" : "Text", onTheDay.Count == 0
                    ? $"The campaign has no post {(figures.Channel is { } c ? "on " + CampaignNames.Of(c) + " " : "")}planned or published on {day}"
                    : $"None of the campaign's {onTheDay.Count} posts on {day} starts with this text");
                return null;
            default:
                row.Error(figures.Text is null ? "Text" : "Platform", figures.Text is null
                    ? $"The campaign has {matching.Count} posts on {day}: choose the column with the post's text to tell them apart"
                    : $"{matching.Count} of the campaign's posts on {day} start with this text: choose the column with the platform to tell them apart");
                return null;
        }
    }

    /// <summary>The same post's text: the start of each, compared without case, spacing or links (exports shorten and add them).</summary>
    public static bool SameText(string postText, string exportText)
    {
        var post = Normalise(WithoutLinks(postText));
        var export = Normalise(WithoutLinks(exportText));
        var length = Math.Min(TextCompared, Math.Min(post.Length, export.Length));
        // The shorter must be the start of the longer, and long enough to say something (or the whole of both).
        return length > 0 && string.CompareOrdinal(post, 0, export, 0, length) == 0
            && (length >= ShortestCompared || post.Length == export.Length);
    }

    private static string WithoutLinks(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !w.StartsWith("https://", StringComparison.OrdinalIgnoreCase)));

    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text.Trim().ToLowerInvariant())
        {
            if (char.IsWhiteSpace(ch))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else if (!char.IsPunctuation(ch) || ch is '(' or ')')
            {
                builder.Append(ch);
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>Gives the post the row's figures; true when anything changed.</summary>
    private static bool Apply(CampaignPost post, Figures figures)
    {
        var changed = post.Status != PostStatus.Published || post.Reach != figures.Reach || (figures.Interactions is { } i && post.Interactions != i);
        if (post.Status != PostStatus.Published)
        {
            post.Status = PostStatus.Published;
            post.PublishedOn = figures.PublishedOn;
        }

        post.Reach = figures.Reach;
        post.Interactions = figures.Interactions ?? post.Interactions;
        return changed;
    }
}
