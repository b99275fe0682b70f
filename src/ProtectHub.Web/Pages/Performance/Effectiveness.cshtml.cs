using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Imports;
using ProtectHub.Core.Performance;
using ProtectHub.Core.Time;

namespace ProtectHub.Web.Pages.Performance;

/// <summary>Effectiveness review for a financial year: uplift by topic and audience, re-reporting, reach against the business population.</summary>
public sealed class EffectivenessModel(EffectivenessReview review, Core.Lessons.LessonLibrary lessons, TimeProvider time) : PageModel
{
    public const long MaxUpload = 5 * 1024 * 1024;

    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    /// <summary>Only the topics of advice that came from published lessons learnt.</summary>
    [FromQuery(Name = "lessons")]
    public bool FromLessons { get; set; }

    public int CurrentYear { get; private set; }
    public IReadOnlyList<EffectivenessReview.Uplift> ByTopic { get; private set; } = [];
    public IReadOnlyList<EffectivenessReview.Uplift> ByAudience { get; private set; } = [];
    public IReadOnlyList<EffectivenessReview.ReReporting> ReReporting { get; private set; } = [];
    public bool WindowComplete { get; private set; }
    public IReadOnlyList<EffectivenessReview.Reach> Reach { get; private set; } = [];
    public IReadOnlyDictionary<string, string> ForceNames { get; private set; } = new Dictionary<string, string>();
    public DateTimeOffset? PopulationLoadedAt { get; private set; }
    public IReadOnlyList<RowError> UploadErrors { get; private set; } = [];

    /// <summary>Whether to offer the upload; <see cref="EffectivenessReview.LoadPopulationAsync"/> checks again.</summary>
    public bool CanLoadPopulation => EffectivenessReview.PopulationLoaders.Any(r => User.IsInRole(r.ToString()));

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostPopulationAsync(IFormFile? file)
    {
        if (!CanLoadPopulation)
        {
            return Forbid();
        }

        if (file is null || file.Length == 0 || file.Length > MaxUpload)
        {
            UploadErrors = [new RowError(0, "File", file is null || file.Length == 0 ? "Choose a CSV or XLSX file of Force, Sector and Businesses" : "The file must be smaller than 5 MB")];
        }
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer);
            UploadErrors = await review.LoadPopulationAsync(buffer.ToArray(), file.FileName, HttpContext.RequestAborted);
        }

        if (UploadErrors.Count == 0)
        {
            TempData["Success"] = "Business population loaded";
            return Redirect("/performance/effectiveness");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        CurrentYear = FinancialQuarter.Containing(time.UkToday()).Year;
        Year = Year is { } y && y >= 2000 && y <= CurrentYear ? y : CurrentYear - 1;
        var scope = new MetricScope(new DateOnly(Year.Value, 4, 1), new DateOnly(Year.Value + 1, 3, 31));
        ByTopic = await review.UpliftByTopicAsync(scope);
        if (FromLessons)
        {
            var fromLessons = await lessons.TopicsFromLessonsAsync();
            ByTopic = ByTopic.Where(u => u.TopicId is { } topic && fromLessons.Contains(topic)).ToList();
        }

        ByAudience = await review.UpliftByAudienceAsync(scope);
        (ReReporting, WindowComplete) = await review.ReReportingAsync(scope);
        Reach = await review.ReachAsync(scope);
        PopulationLoadedAt = await review.PopulationLoadedAtAsync();
        ForceNames = ProtectHub.Core.Regions.PoliceReferenceData.ForceNames;
    }
}
