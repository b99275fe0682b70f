using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Campaigns;
using ProtectHub.Core.Time;

namespace ProtectHub.Web.Pages.Campaigns;

/// <summary>A month of campaigns and their posts: a list by day (no JavaScript; readable by a screen reader), with the previous and next months.</summary>
public sealed class CalendarModel(CampaignList list, TimeProvider time) : PageModel
{
    /// <summary>The month, as 2026-11; the current month when absent or unreadable.</summary>
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }

    /// <summary>One day, as 2026-11-02: every post of that day rather than the month.</summary>
    [BindProperty(SupportsGet = true)] public string? Day { get; set; }

    public DateOnly? OneDay { get; private set; }

    public DateOnly First { get; private set; }
    public IReadOnlyList<Campaign> Campaigns { get; private set; } = [];
    public IReadOnlyList<CalendarDay> Days { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Titles { get; private set; } = new Dictionary<Guid, string>();

    public string MonthName => OneDay is { } day ? day.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) : First.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public static string DayCode(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Code(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public async Task OnGetAsync()
    {
        var today = time.UkToday();
        if (DateOnly.TryParseExact(Day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 2000 and <= 2100)
        {
            OneDay = day;
            First = new DateOnly(day.Year, day.Month, 1);
            var (running, posts) = await list.DayAsync(day);
            (Campaigns, Days) = (running, [posts]);
            Titles = await list.TitlesAsync(posts.Posts.Select(p => p.CampaignId));
            return;
        }

        First = DateOnly.TryParseExact(Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && parsed.Year is >= 2000 and <= 2100
            ? parsed : new DateOnly(today.Year, today.Month, 1);
        (Campaigns, Days) = await list.MonthAsync(First.Year, First.Month);
        Titles = await list.TitlesAsync(Days.SelectMany(d => d.Posts).Select(p => p.CampaignId));
    }
}
