using ProtectHub.Core.Lessons;

namespace ProtectHub.Web.Pages.Lessons;

public sealed class IndexModel(LessonLibrary library) : LessonPageModel
{
    public IReadOnlyList<Lesson> Ours { get; private set; } = [];

    public async Task OnGetAsync() => Ours = await library.OursAsync();
}
