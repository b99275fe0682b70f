using System.Globalization;

namespace ProtectHub.Core.Time;

/// <summary>
/// Dates and times as the GOV.UK style guide writes them ("5 November 2026", "5 Nov 2026", "5 November 2026 at 14:30"),
/// always in UK local time: one place for every page, letter and export, instead of format strings in each.
/// </summary>
public static class UkFormat
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string ToUkDate(this DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string ToUkShortDate(this DateOnly date) => date.ToString("d MMM yyyy", English);

    public static string ToUkDate(this DateTimeOffset at) => UkTime.ToLocal(at).ToString("d MMMM yyyy", English);

    public static string ToUkShortDate(this DateTimeOffset at) => UkTime.ToLocal(at).ToString("d MMM yyyy", English);

    public static string ToUkDateTime(this DateTimeOffset at) => UkTime.ToLocal(at).ToString("d MMMM yyyy 'at' HH:mm", English);

    public static string ToUkShortDateTime(this DateTimeOffset at) => UkTime.ToLocal(at).ToString("d MMM yyyy HH:mm", English);

    /// <summary>A wall-clock time already in UK local time (from a form).</summary>
    public static string ToUkDate(this DateTime local) => local.ToString("d MMMM yyyy", English);

    public static string ToUkShortDate(this DateTime local) => local.ToString("d MMM yyyy", English);

    public static string ToUkDateTime(this DateTime local) => local.ToString("d MMMM yyyy 'at' HH:mm", English);

    public static string ToUkShortDateTime(this DateTime local) => local.ToString("d MMM yyyy HH:mm", English);

    /// <summary>Nothing for a date not set, as string interpolation writes a null.</summary>
    public static string ToUkDate(this DateOnly? date) => date is { } d ? d.ToUkDate() : "";

    public static string ToUkShortDate(this DateOnly? date) => date is { } d ? d.ToUkShortDate() : "";

    public static string ToUkDate(this DateTimeOffset? at) => at is { } a ? a.ToUkDate() : "";

    public static string ToUkShortDate(this DateTimeOffset? at) => at is { } a ? a.ToUkShortDate() : "";

    public static string ToUkDateTime(this DateTimeOffset? at) => at is { } a ? a.ToUkDateTime() : "";

    public static string ToUkShortDateTime(this DateTimeOffset? at) => at is { } a ? a.ToUkShortDateTime() : "";
}
