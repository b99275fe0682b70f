using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Files;
using ProtectHub.Core.Sharing;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Materials;

/// <summary>A material's details as entered.</summary>
public sealed record MaterialForm(
    string? Title, string? Description, MaterialKind? Kind, IReadOnlyList<AudienceType> AudienceTypes, IReadOnlyList<Guid> TopicIds,
    IReadOnlyList<Guid> CampaignIds, bool IsNational, TlpMarking? Tlp, DateOnly? ReviewBy, string? VideoUrl);

/// <summary>A file as uploaded: the name given, its length, and its content (a seekable stream).</summary>
public sealed record MaterialUpload(string FileName, long Length, Stream Content);

/// <summary>Who is acting: their id and name, and whether they may publish nationally (coordinators and heads of unit).</summary>
public sealed record MaterialActor(Guid Id, string Name, bool MayPublishNationally);

/// <summary>Adding materials, their details, new versions (each file checked by content and size), and retiring them.</summary>
public sealed class MaterialWriting(ProtectHubDbContext db, IFileStore files, TimeProvider time, IConfiguration configuration)
{
    /// <summary>Office documents, PDFs and images; never programs, macros or older Office formats.</summary>
    public static readonly IReadOnlySet<FileKind> Accepted = new HashSet<FileKind>
    {
        FileKind.Pdf, FileKind.Word, FileKind.PowerPoint, FileKind.Excel, FileKind.Png, FileKind.Jpeg, FileKind.Gif, FileKind.WebP,
    };

    public long MaxFileBytes => (configuration.GetValue<long?>("Materials:MaxFileMegabytes") ?? MaterialLimits.DefaultMaxFileMegabytes) * 1024 * 1024;

    /// <summary>
    /// A material of the user's own region, tracked for a change (through the region filter: another region's
    /// material, national or not, cannot be changed here); null when there is none.
    /// </summary>
    public Task<Material?> FindOursAsync(Guid id) => db.Set<Material>().FirstOrDefaultAsync(m => m.Id == id);

    /// <summary>Whether the material belongs to the acting user's region (and so may be changed by them).</summary>
    public bool IsOurs(Material material) => material.RegionCode == db.Scope.RegionCode;

    public async Task<(Material? Material, IReadOnlyList<FieldError> Errors)> CreateAsync(MaterialForm form, MaterialUpload? upload, MaterialActor actor, string regionCode)
    {
        var errors = await CheckAsync(form, actor);
        if (form.Kind != MaterialKind.Video && upload is null)
        {
            errors.Add(new("Upload", "Choose the file to upload"));
        }

        var now = time.GetUtcNow();
        var material = new Material { RegionCode = regionCode, OwnerId = actor.Id, OwnerName = actor.Name, CreatedAt = now };
        Apply(material, form, now);
        if (errors.Count > 0)
        {
            // Every field's error at once, the file's too.
            if (upload is not null && form.Kind != MaterialKind.Video)
            {
                errors.AddRange(CheckFile(upload).Errors);
            }

            return (null, errors);
        }

        db.Add(material);
        if (form.Kind == MaterialKind.Video)
        {
            await db.SaveChangesAsync();
            return (material, []);
        }

        var versionErrors = await AddVersionAsync(material, upload!, null, actor.Name);
        if (versionErrors.Count > 0)
        {
            db.Entry(material).State = EntityState.Detached;
            return (null, versionErrors);
        }

        return (material, []);
    }

    public async Task<IReadOnlyList<FieldError>> UpdateAsync(Material material, MaterialForm form, MaterialActor actor)
    {
        var errors = await CheckAsync(form, actor);
        if (form.Kind != material.Kind && (form.Kind == MaterialKind.Video) != (material.Kind == MaterialKind.Video))
        {
            errors.Add(new("Kind", material.Kind == MaterialKind.Video ? "A video stays a video: add the file as a new material" : "A file cannot become a video: add the video as a new material"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        Apply(material, form, time.GetUtcNow());
        await db.SaveChangesAsync();
        return [];
    }

    /// <summary>A new version of the file: checked, hashed, stored and saved with the material in one unit of work.</summary>
    public async Task<IReadOnlyList<FieldError>> AddVersionAsync(Material material, MaterialUpload upload, string? note, string byName)
    {
        var (check, errors) = CheckFile(upload);
        if (material.Kind == MaterialKind.Video)
        {
            errors.Add(new("Upload", "A video is a link: change its address instead"));
        }

        if (note is { Length: > TextLimits.Sentence })
        {
            errors.Add(new("Note", $"What changed must be {TextLimits.Sentence} characters or fewer"));
        }

        if (errors.Count > 0 || check is null)
        {
            return errors;
        }

        var sha256 = await FileHashing.Sha256Async(upload.Content);
        var version = new MaterialVersion
        {
            MaterialId = material.Id,
            RegionCode = material.RegionCode,
            Number = material.VersionCount + 1,
            FileName = SafeName(upload.FileName),
            ContentType = check.ContentType,
            Size = upload.Content.Length,
            Sha256 = sha256,
            FileId = Guid.CreateVersion7(),
            Note = FormErrors.Trimmed(note),
            UploadedAt = time.GetUtcNow(),
            UploadedByName = byName,
        };
        await files.SaveAsync(version.FileId, upload.Content);
        db.Add(version);
        material.VersionCount = version.Number;
        material.CurrentVersionId = version.Id;
        material.UpdatedAt = version.UploadedAt;
        try
        {
            await db.SaveChangesAsync();
        }
        catch
        {
            await files.ForgetAsync(version.FileId); // Nothing half-written: no file without its record.
            throw;
        }

        return [];
    }

    private (FileCheck? Check, List<FieldError> Errors) CheckFile(MaterialUpload upload)
    {
        var name = SafeName(upload.FileName);
        var max = MaxFileBytes;
        if (upload.Length > max)
        {
            return (null, [new("Upload", $"'{name}' is too large ({Megabytes(upload.Length)}): files must be {Megabytes(max)} or smaller")]);
        }

        if (upload.Length == 0)
        {
            return (null, [new("Upload", $"'{name}' is empty")]);
        }

        var check = FileContent.Check(upload.Content);
        if (check.Problem is not null)
        {
            return (null, [new("Upload", $"'{name}' {check.Problem}")]);
        }

        return Accepted.Contains(check.Kind)
            ? (check, [])
            : (null, [new("Upload", $"'{name}' must be a PDF, an Office document (Word, PowerPoint or Excel) or an image (PNG, JPEG, GIF or WebP): its content is none of these, whatever its name says")]);
    }

    private static string Megabytes(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.##} MB" : $"{Math.Max(1, bytes / 1024)} KB";

    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        return name.Length > TextLimits.Line ? name[^TextLimits.Line..] : name;
    }

    public async Task SetRetiredAsync(Material material, bool retired)
    {
        material.IsRetired = retired;
        material.RetiredAt = retired ? time.GetUtcNow() : null;
        await db.SaveChangesAsync();
    }

    private async Task<List<FieldError>> CheckAsync(MaterialForm form, MaterialActor actor)
    {
        var errors = new List<FieldError>();
        errors.RequireText(form.Title, nameof(form.Title), "The title", "Enter a title", TextLimits.Line);
        errors.OptionalText(form.Description, nameof(form.Description), "The description", TextLimits.Paragraph);
        errors.Require(form.Kind, nameof(form.Kind), "Select what kind of material it is");
        errors.Require(form.Tlp, nameof(form.Tlp), "Select the TLP marking: how far it may be shared");
        if (form.ReviewBy is null)
        {
            errors.Add(new(nameof(form.ReviewBy), "Enter the date it must be reviewed by"));
        }
        else if (form.ReviewBy <= time.UkToday())
        {
            errors.Add(new(nameof(form.ReviewBy), "The review date must be in the future"));
        }

        if (form.IsNational && !actor.MayPublishNationally)
        {
            errors.Add(new(nameof(form.IsNational), "Only a coordinator or head of unit can share a material with every region"));
        }

        if (form.IsNational && form.Tlp is TlpMarking.Red or TlpMarking.AmberStrict)
        {
            errors.Add(new(nameof(form.IsNational), "A TLP:RED or TLP:AMBER+STRICT material cannot be shared with every region"));
        }

        if (form.Kind == MaterialKind.Video)
        {
            if (string.IsNullOrWhiteSpace(form.VideoUrl))
            {
                errors.Add(new(nameof(form.VideoUrl), "Enter the video's web address"));
            }
            else if (form.VideoUrl.Trim().Length > MaterialLimits.Url || !Uri.TryCreate(form.VideoUrl.Trim(), UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
            {
                errors.Add(new(nameof(form.VideoUrl), "Enter the video's full web address, starting https://"));
            }
        }

        var listIds = form.TopicIds.Concat(form.CampaignIds).Distinct().ToList();
        if (listIds.Count > 0)
        {
            var known = await db.Set<ManagedListItem>().AsNoTracking().Where(i => listIds.Contains(i.Id)).Select(i => new { i.Id, i.Kind }).ToListAsync();
            if (form.TopicIds.Any(t => !known.Any(k => k.Id == t && k.Kind == ManagedListKind.Topic)))
            {
                errors.Add(new(nameof(form.TopicIds), "Select topics from the list"));
            }

            if (form.CampaignIds.Any(c => !known.Any(k => k.Id == c && k.Kind == ManagedListKind.Campaign)))
            {
                errors.Add(new(nameof(form.CampaignIds), "Select campaigns from the list"));
            }
        }

        return errors;
    }

    private static void Apply(Material material, MaterialForm form, DateTimeOffset now)
    {
        material.Title = form.Title?.Trim() ?? "";
        material.Description = FormErrors.Trimmed(form.Description);
        material.Kind = form.Kind ?? MaterialKind.Other;
        material.AudienceTypes = [.. form.AudienceTypes.Distinct()];
        material.TopicIds = [.. form.TopicIds.Distinct()];
        material.CampaignIds = [.. form.CampaignIds.Distinct()];
        material.IsNational = form.IsNational;
        material.Tlp = form.Tlp ?? TlpMarking.Amber;
        material.ReviewBy = form.ReviewBy ?? default;
        material.VideoUrl = form.Kind == MaterialKind.Video ? FormErrors.Trimmed(form.VideoUrl) : null;
        material.UpdatedAt = now;
        material.SearchText = $"{material.Title} {material.Description}".ToLowerInvariant();
    }
}
