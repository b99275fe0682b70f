using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Intelligence;
using ProtectHub.Core.Lessons;
using ProtectHub.Core.Sharing;

namespace ProtectHub.Web.Pages.Lessons;

/// <summary>The lesson form shared by writing and changing a lesson (<c>_LessonFields</c>), with the personal data warnings.</summary>
public abstract class LessonFormModel(LessonWriting writing) : LessonPageModel
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? OperationName { get; set; }
    [BindProperty] public string? Offence { get; set; }
    [BindProperty] public string? AttackType { get; set; }
    [BindProperty] public string? AttackPath { get; set; }
    [BindProperty] public string? Techniques { get; set; }
    [BindProperty] public string? Weakness { get; set; }
    [BindProperty] public string? Prevention { get; set; }
    [BindProperty] public string? Advice { get; set; }
    [BindProperty] public List<string> TopicIds { get; set; } = [];
    [BindProperty] public string? InvestigatorName { get; set; }
    [BindProperty] public string? TlpMarking { get; set; }

    public IReadOnlyList<SelectListItem> Topics { get; private set; } = [];

    protected LessonForm Form => new()
    {
        Title = Title,
        OperationName = OperationName,
        Offence = Offence,
        AttackType = Parse<ThreatCategory>(AttackType),
        AttackPath = AttackPath,
        Techniques = Techniques,
        Weakness = Weakness,
        Prevention = Prevention,
        Advice = Advice,
        TopicIds = TopicIds,
        InvestigatorName = InvestigatorName,
        Tlp = Parse<Core.Sharing.TlpMarking>(TlpMarking),
    };

    protected void Fill(LessonForm form)
    {
        (Title, OperationName, Offence, AttackType, AttackPath, Techniques) = (form.Title, form.OperationName, form.Offence, form.AttackType?.ToString(), form.AttackPath, form.Techniques);
        (Weakness, Prevention, Advice, TopicIds, InvestigatorName, TlpMarking) = (form.Weakness, form.Prevention, form.Advice, [.. form.TopicIds], form.InvestigatorName, form.Tlp?.ToString());
    }

    protected async Task LoadChoicesAsync() =>
        Topics = (await writing.TopicsAsync()).Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToList();

    /// <summary>Warnings shown after a save: the lesson is saved, but cannot be published until they are gone.</summary>
    protected void WarnAboutPersonalData()
    {
        var findings = LessonWriting.PersonalDataFindings(Form);
        if (findings.Count > 0)
        {
            TempData["PersonalData"] = string.Join("\n", findings.Select(f => f.Message));
        }
    }
}
