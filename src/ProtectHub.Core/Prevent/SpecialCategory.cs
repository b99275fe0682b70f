using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Prevent;

/// <summary>
/// Neurodiversity and health notes: read and written only by the Cyber Prevent team's supervisors, coordinators and
/// heads of unit, and the officer the case is assigned to; recorded only with a lawful basis chosen. Every read is
/// audited (the record is personal data of its own type, so the audit log shows who looked at it).
/// </summary>
public sealed class SpecialCategory(ProtectHubDbContext db, TimeProvider time)
{
    /// <summary>Whether the user may see the case's special category details.</summary>
    public static bool MayRead(PreventCase prevent, Guid userId, bool teamManager) => teamManager || prevent.AssignedToId == userId;

    public async Task<SpecialCategoryDetails?> ReadAsync(PreventCase prevent) =>
        await db.Set<SpecialCategoryDetails>().FirstOrDefaultAsync(s => s.CaseId == prevent.Id);

    public async Task<IReadOnlyList<FieldError>> SaveAsync(PreventCase prevent, IReadOnlyCollection<Neurodiversity> neurodiversity, DiagnosisStatus? diagnosis,
        string? healthNotes, SpecialCategoryBasis? basis, string officerName)
    {
        var errors = new List<FieldError>();
        if (basis is null)
        {
            errors.Add(new("LawfulBasis", "Select the lawful basis for recording special category data"));
        }

        if (neurodiversity.Count > 0 && diagnosis is null)
        {
            errors.Add(new("Diagnosis", "Select whether it is diagnosed or suspected"));
        }

        if (healthNotes?.Trim().Length > TextLimits.Notes)
        {
            errors.Add(new("HealthNotes", TextLimits.TooLong("Notes", TextLimits.Notes)));
        }

        if (neurodiversity.Count == 0 && string.IsNullOrWhiteSpace(healthNotes))
        {
            errors.Add(new("Neurodiversity", "Select any neurodiversity or enter health or vulnerability notes"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var details = await ReadAsync(prevent);
        if (details is null)
        {
            details = new SpecialCategoryDetails { RegionCode = prevent.RegionCode, CaseId = prevent.Id };
            db.Add(details);
        }

        details.Neurodiversity = neurodiversity.Select(n => n.ToString()).ToList();
        details.Diagnosis = neurodiversity.Count == 0 ? null : diagnosis;
        details.HealthNotes = string.IsNullOrWhiteSpace(healthNotes) ? null : healthNotes.Trim();
        details.LawfulBasis = basis!.Value;
        details.RecordedByName = officerName;
        details.RecordedAt = time.GetUtcNow();
        prevent.NeurodiversityFlagged = neurodiversity.Count > 0;
        prevent.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync();
        return [];
    }
}
