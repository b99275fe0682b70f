using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Time;
using ProtectHub.Web.GovUk;

namespace ProtectHub.Web.Records;

/// <summary>
/// Someone else saved the record while this user was editing it. Edit pages carry the version they loaded; a save
/// from an older version is not made, and the page shows who changed the record and when, with their values beside
/// this user's, until the user saves again (from the new version) or goes back.
/// </summary>
public sealed partial record EditConflict(string ChangedBy, DateTimeOffset? ChangedAt, IReadOnlyList<EditConflict.Difference> Differences)
{
    public sealed record Difference(string Field, string Theirs, string Yours);

    /// <summary>"14:32" (UK time), or "" when the change time is unknown.</summary>
    public string ChangedAtText => ChangedAt is { } at ? UkTime.ToLocal(at).ToString("HH:mm, d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) : "";

    /// <summary>
    /// Saves through <paramref name="save"/> when the record is still at <paramref name="loadedVersion"/>, otherwise (or
    /// when another save wins the race in between) returns the conflict to show, having saved nothing.
    /// </summary>
    public static Task<EditConflict?> SaveUnlessChangedAsync<TForm>(RecordChanges changes, IVersioned record, long loadedVersion,
        Func<TForm> theirs, TForm yours, Func<Task> save) =>
        SaveUnlessChangedAsync(changes, record, record.Version == loadedVersion, theirs, yours, save, () => changes.WhoChangedAsync(record));

    /// <summary>
    /// The same for a record with a concurrency token of its own (a user's Identity stamp), <paramref name="unchanged"/>
    /// saying whether it still has the value the form was filled from; <paramref name="whoChanged"/> says by whom and when.
    /// </summary>
    public static async Task<EditConflict?> SaveUnlessChangedAsync<TForm>(RecordChanges changes, object record, bool unchanged,
        Func<TForm> theirs, TForm yours, Func<Task> save, Func<Task<(string By, DateTimeOffset? At)>> whoChanged)
    {
        if (unchanged)
        {
            try
            {
                await save();
                return null;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Saved by someone else between loading this request's copy and writing it: show theirs as it is now.
                await changes.ReloadAsync(record);
            }
        }

        var (by, at) = await whoChanged();
        return new EditConflict(by, at, Compare(theirs(), yours));
    }

    /// <summary>The fields of the form whose values differ, by the form's own property order.</summary>
    public static IReadOnlyList<Difference> Compare<TForm>(TForm theirs, TForm yours) =>
        typeof(TForm).GetProperties()
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => new Difference(Label(p.Name), Text(p.GetValue(theirs)), Text(p.GetValue(yours))))
            .Where(d => d.Theirs != d.Yours)
            .ToList();

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s.Trim(),
        DateInput d => d.IsEmpty ? "" : $"{d.Day}/{d.Month}/{d.Year}",
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Text).Where(t => t.Length > 0).Order(StringComparer.Ordinal)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>"ForceCode" to "Force", "SupportingOfficerIds" to "Supporting officers", "AddressLine1" to "Address line 1".</summary>
    private static string Label(string property)
    {
        var name = property.EndsWith("Ids", StringComparison.Ordinal) ? property[..^3] + "s"
            : property.EndsWith("Id", StringComparison.Ordinal) || property.EndsWith("Code", StringComparison.Ordinal)
                ? property[..^(property.EndsWith("Id", StringComparison.Ordinal) ? 2 : 4)]
                : property;
        var words = WordStart().Replace(name, " $1").Trim();
        return words.Length == 0 ? property : char.ToUpperInvariant(words[0]) + words[1..].ToLowerInvariant();
    }

    [GeneratedRegex("(?<=[a-z])([A-Z0-9])")]
    private static partial Regex WordStart();
}
