using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Lessons;
using ProtectHub.Web.GovUk;

using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Lessons.Records;

public sealed class EditModel(LessonWriting writing) : LessonFormModel(writing)
{
    private readonly LessonWriting _writing = writing;

    [FromRoute] public Guid Id { get; set; }

    public async Task OnGetAsync()
    {
        Fill(LessonForm.Of(Lesson));
        await LoadChoicesAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.AddFieldErrors(null, await _writing.UpdateAsync(Lesson, Form));
        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync();
            return Page();
        }

        WarnAboutPersonalData();
        TempData["Success"] = "Lesson saved";
        return Redirect(Links.Lesson(Id));
    }
}
