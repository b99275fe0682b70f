using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using ProtectHub.Core.Time;

namespace ProtectHub.Web.GovUk;

/// <summary>
/// When something happened, entered as a GOV.UK date input and a 24-hour time box beside it (a contact attempt, a
/// delivery, attendance recorded after the event): both empty means "now" (or the form's own default). A date or time
/// that cannot be read is a model error on its own field, so nothing is recorded, not even the default.
/// </summary>
public static class MomentInput
{
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H.mm", "HH.mm"];

    /// <summary>The UK date and time entered, as an instant; null when both are empty or on error.</summary>
    /// <param name="what">What happened, for the messages: "the attempt", "the delivery".</param>
    public static DateTimeOffset? Read(ModelStateDictionary modelState, DateInput on, string? time, string dateKey, string timeKey, string what)
    {
        var (day, dateError) = on.Parse($"Date of {what}");
        if (dateError is not null)
        {
            modelState.AddModelError(dateKey, dateError);
            return null;
        }

        var hasTime = !string.IsNullOrWhiteSpace(time);
        if (day is null && !hasTime)
        {
            return null;
        }

        if (day is null)
        {
            modelState.AddModelError(dateKey, $"Enter the date of {what} as well as the time");
            return null;
        }

        if (!hasTime)
        {
            modelState.AddModelError(timeKey, $"Enter the time of {what} as well as the date, on the 24-hour clock, like 14:30");
            return null;
        }

        if (!TimeOnly.TryParseExact(time!.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            modelState.AddModelError(timeKey, $"Enter the time of {what} on the 24-hour clock, like 14:30");
            return null;
        }

        return UkTime.ToUtc(day.Value.ToDateTime(clock));
    }
}
