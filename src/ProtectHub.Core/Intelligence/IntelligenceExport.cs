using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.Exports;
using ProtectHub.Core.Indicators;
using ProtectHub.Core.Regions;

namespace ProtectHub.Core.Intelligence;

public enum ReportFileFormat
{
    Json,
    Csv,
}

/// <summary>
/// A report as a file, in the documented format (docs/intelligence.md): JSON, or CSV of field and value. An export
/// marked for sharing carries the sanitised text only, no source, no dissemination history and only technical
/// indicators (never the names of organisations or people's online identifiers). Every export is audited.
/// </summary>
public sealed class IntelligenceExport(ProtectHubDbContext db, IntelligenceDrafting drafting, IntelligenceQa qa, TimeProvider time)
{
    public const string Format = "protecthub-intelligence-report/1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The indicators fit to share outside the region.</summary>
    public static readonly IReadOnlySet<IndicatorType> ShareableSubjects = new HashSet<IndicatorType>
    {
        IndicatorType.Domain, IndicatorType.IpAddress, IndicatorType.Url, IndicatorType.EmailAddress, IndicatorType.FileHash,
        IndicatorType.CryptoWallet, IndicatorType.CveId,
    };

    public sealed record Grading(int? SourceEvaluation, string? IntelligenceAssessment, string? HandlingCode, string? Conditions, string Code);

    public sealed record Source(string? Type, string? Description);

    public sealed record Subject(string Type, string Value, string Defanged);

    public sealed record Requirement(string Code, string Title);

    public sealed record Dissemination(string Destination, string Recipient, string Reference, bool SanitisedOnly, DateTimeOffset At, string By);

    public sealed record Document(string Format, string Reference, int Edition, string Title, string Region, string Status, bool MarkedForSharing,
        Grading Grading, string Text, string? SanitisedText, Source? Source, IReadOnlyList<string> ThreatCategories, IReadOnlyList<string> Sectors,
        IReadOnlyList<string> ForceAreas, IReadOnlyList<Requirement> Requirements, IReadOnlyList<Subject> Subjects, DateTimeOffset? ApprovedAt,
        string? ApprovedBy, IReadOnlyList<Dissemination>? Disseminations, DateTimeOffset ExportedAt);

    /// <summary>The document a report exports as; <paramref name="forSharing"/> leaves out all that is not fit to share.</summary>
    public async Task<Document> DocumentOfAsync(IntelligenceReport report, bool forSharing)
    {
        var subjects = await drafting.SubjectsOfAsync(report.Id);
        var requirementIds = report.RequirementIds;
        var requirements = await db.Set<IntelligenceRequirement>().AsNoTracking().Where(r => requirementIds.Contains(r.Id)).OrderBy(r => r.Code)
            .Select(r => new Requirement(r.Code, r.Title)).ToListAsync();
        var disseminations = forSharing ? null : (await qa.DisseminationsOfAsync(report.Id))
            .Select(d => new Dissemination(IntelligenceNames.Of(d.Destination), d.Recipient, d.ReceivingReference, d.SanitisedOnly, d.At, d.ByName)).ToList();
        return new Document(Format, report.Reference, report.Edition, report.Title, PoliceReferenceData.RegionName(report.RegionCode),
            IntelligenceNames.Of(report.Status), forSharing,
            new Grading(report.SourceEvaluation is { } s ? (int)s : null, report.Assessment?.ToString(), report.Handling?.ToString(), report.HandlingConditions,
                IntelligenceNames.Grading(report)),
            forSharing ? report.SanitisedText ?? "" : report.FullText, report.SanitisedText,
            forSharing ? null : new Source(report.SourceType is { } t ? IntelligenceNames.Of(t) : null, report.SourceDescription),
            report.ThreatCategories.Select(c => Enum.TryParse<ThreatCategory>(c, out var v) ? IntelligenceNames.Of(v) : c).ToList(),
            report.Sectors.Select(s => Partners.PartnerNames.SicSections.TryGetValue(s[0], out var name) ? name : s).ToList(),
            report.ForceCodes.Select(PoliceReferenceData.ForceName).ToList(), requirements,
            subjects.Where(s => !forSharing || ShareableSubjects.Contains(s.Type))
                .Select(s => new Subject(IndicatorRules.NameOf(s.Type), s.Value, s.AsIndicator.Defanged)).ToList(),
            report.ApprovedAt, report.ApprovedByName, disseminations, time.GetUtcNow());
    }

    public async Task<ListExporter.ExportedFile> ExportAsync(IntelligenceReport report, ReportFileFormat format, bool forSharing)
    {
        var document = await DocumentOfAsync(report, forSharing);
        byte[] content;
        string contentType;
        string extension;
        if (format == ReportFileFormat.Json)
        {
            content = JsonSerializer.SerializeToUtf8Bytes(document, Json);
            contentType = "application/json";
            extension = "json";
        }
        else
        {
            using var buffer = new MemoryStream();
            await TabularExport.WriteAsync(buffer, ExportFormat.Csv, ["field", "value"], Rows(document));
            content = buffer.ToArray();
            contentType = TabularExport.ContentType(ExportFormat.Csv);
            extension = "csv";
        }

        db.Audit(AuditAction.Disclosed, report.AuditRecordType, report.AuditRecordId, report.RegionCode,
            $"Exported as {extension.ToUpperInvariant()}{(forSharing ? ", marked for sharing (sanitised text only)" : ", in full")}");
        await db.SaveChangesAsync();
        var suffix = forSharing ? "-sharing" : "";
        return new(content, contentType, $"{report.Reference.ToLowerInvariant()}-e{report.Edition}{suffix}.{extension}");
    }

    /// <summary>A printed form is a disclosure too.</summary>
    public async Task AuditPrintAsync(IntelligenceReport report, bool forSharing)
    {
        db.Audit(AuditAction.Disclosed, report.AuditRecordType, report.AuditRecordId, report.RegionCode,
            $"Printable form opened{(forSharing ? ", marked for sharing (sanitised text only)" : ", in full")}");
        await db.SaveChangesAsync();
    }

    private static IEnumerable<IReadOnlyList<string?>> Rows(Document d)
    {
        static string Time(DateTimeOffset? at) => at?.ToString("O", CultureInfo.InvariantCulture) ?? "";
        yield return ["format", d.Format];
        yield return ["reference", d.Reference];
        yield return ["edition", d.Edition.ToString(CultureInfo.InvariantCulture)];
        yield return ["title", d.Title];
        yield return ["region", d.Region];
        yield return ["status", d.Status];
        yield return ["markedForSharing", d.MarkedForSharing ? "yes" : "no"];
        yield return ["grading", d.Grading.Code];
        yield return ["handlingConditions", d.Grading.Conditions];
        yield return ["text", d.Text];
        if (d.Source is { } source)
        {
            yield return ["sourceType", source.Type];
            yield return ["source", source.Description];
        }

        foreach (var value in d.ThreatCategories)
        {
            yield return ["threatCategory", value];
        }

        foreach (var value in d.Sectors)
        {
            yield return ["sector", value];
        }

        foreach (var value in d.ForceAreas)
        {
            yield return ["forceArea", value];
        }

        foreach (var requirement in d.Requirements)
        {
            yield return ["requirement", $"{requirement.Code}: {requirement.Title}"];
        }

        foreach (var subject in d.Subjects)
        {
            yield return ["subject", $"{subject.Type}: {subject.Defanged}"];
        }

        yield return ["approvedAt", Time(d.ApprovedAt)];
        yield return ["approvedBy", d.ApprovedBy];
        foreach (var dissemination in d.Disseminations ?? [])
        {
            yield return ["disseminatedTo", $"{dissemination.Destination}: {dissemination.Recipient} ({dissemination.Reference}) {Time(dissemination.At)}"];
        }

        yield return ["exportedAt", Time(d.ExportedAt)];
    }
}
