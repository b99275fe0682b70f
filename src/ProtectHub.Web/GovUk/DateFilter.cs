using System.Globalization;

namespace ProtectHub.Web.GovUk;

/// <summary>
/// A list page's date filter ("From", "To") in the GOV.UK date input: three boxes, read from the query string
/// (From.Day, From.Month, From.Year). The page's own links (paging) and older bookmarks write one ISO date instead
/// (From=2026-04-01), which still reads.
/// </summary>
public static class DateFilter
{
    /// <summary>The input to show again, and its date or a GOV.UK-style error naming the field by <paramref name="label"/>.</summary>
    public static (DateInput Input, DateOnly? Date, string? Error) Read(HttpRequest request, string name, string label)
    {
        var query = request.Query;
        var input = new DateInput { Day = query[$"{name}.Day"].FirstOrDefault(), Month = query[$"{name}.Month"].FirstOrDefault(), Year = query[$"{name}.Year"].FirstOrDefault() };
        if (input.IsEmpty && query[name].FirstOrDefault() is { Length: > 0 } iso)
        {
            return DateOnly.TryParseExact(iso.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? (DateInput.From(day), day, null)
                : (input, null, $"{label} must be a real date");
        }

        var (date, error) = input.Parse(label);
        return (input, date, error);
    }

    /// <summary>A "From" and "To" filter read together, each error added to the page's model state under its field.</summary>
    public static (DateInput From, DateInput To, DateOnly? FromDate, DateOnly? ToDate) ReadRange(HttpRequest request, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState)
    {
        var (fromInput, from, fromError) = Read(request, "From", "The from date");
        var (toInput, to, toError) = Read(request, "To", "The to date");
        if (fromError is not null)
        {
            modelState.AddModelError("From", fromError);
        }

        if (toError is not null)
        {
            modelState.AddModelError("To", toError);
        }

        return (fromInput, toInput, from, to);
    }

    /// <summary>The date as the page's links write it (ISO), or null.</summary>
    public static string? Link(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
