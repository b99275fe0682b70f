namespace ProtectHub.Core.Time;

/// <summary>
/// ProtectHub's one notion of "today" and "now": UK local time (GMT or BST), read from the injected
/// <see cref="TimeProvider"/>. Officers enter and read times in UK local time and the database keeps UTC. A date that
/// decides something (due, overdue, expired, the current quarter) is always <see cref="UkToday"/>, never the UTC date:
/// between midnight and 01:00 BST the two differ, and two screens must never disagree about whether a thing is late.
/// </summary>
public static class UkTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The UK local wall-clock time now.</summary>
    public static DateTime UkNow(this TimeProvider time) => ToLocal(time.GetUtcNow());

    /// <summary>Today's date in the UK.</summary>
    public static DateOnly UkToday(this TimeProvider time) => DateOnly.FromDateTime(time.UkNow());

    /// <summary>The UTC instant at which a UK date begins (midnight, local time).</summary>
    public static DateTimeOffset StartOfDay(DateOnly day) => ToUtc(day.ToDateTime(TimeOnly.MinValue));

    public static DateTimeOffset ToUtc(DateTime local) =>
        new(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), London), TimeSpan.Zero);

    public static DateTime ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTimeFromUtc(utc.UtcDateTime, London);

    /// <summary>The UK date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset utc) => DateOnly.FromDateTime(ToLocal(utc));
}
