using Microsoft.AspNetCore.Mvc;
using ProtectHub.Core.Lessons;
using ProtectHub.Web.GovUk;

using ProtectHub.Web.Records;

namespace ProtectHub.Web.Pages.Lessons;

public sealed class NewModel(LessonWriting writing) : LessonFormModel(writing)
{
    private readonly LessonWriting _writing = writing;

    public async Task OnGetAsync() => await LoadChoicesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var (lesson, errors) = await _writing.CreateAsync(Form, Me, MyName);
        ModelState.AddFieldErrors(null, errors);
        if (!ModelState.IsValid || lesson is null)
        {
            await LoadChoicesAsync();
            return Page();
        }

        WarnAboutPersonalData();
        TempData["Success"] = $"Draft {lesson.Reference} saved";
        return Redirect(Links.Lesson(lesson.Id));
    }
}
