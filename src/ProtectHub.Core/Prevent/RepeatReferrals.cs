using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Prevent;

/// <summary>
/// Other referrals of the same young person (earlier and later), shown on the case as repeat victims are on theirs. A young person is
/// referred again by a different referrer who spells a name differently, but a date of birth is rarely wrong in both
/// and a gamer keeps their handle: the same date of birth with the same surname and first initial, or with an online
/// handle in common, is the same young person.
/// </summary>
public static class RepeatReferrals
{
    public sealed record OtherCase(Guid Id, string Reference, DateTimeOffset ReferredAt, PreventCaseStatus Status, string Why);

    public static async Task<IReadOnlyList<OtherCase>> OthersOfAsync(ProtectHubDbContext db, PreventCase prevent)
    {
        if (prevent.DateOfBirth is not { } born)
        {
            return [];
        }

        var candidates = await db.Set<PreventCase>().AsNoTracking()
            .Where(c => c.DateOfBirth == born && c.Id != prevent.Id && c.AnonymisedAt == null)
            .Select(c => new { c.Id, c.Reference, c.ReferredAt, c.Status, c.FirstName, c.LastName, c.Handles })
            .ToListAsync();
        var handles = prevent.Handles.Select(Key).ToHashSet();
        var found = new List<OtherCase>();
        foreach (var c in candidates.OrderByDescending(c => c.ReferredAt))
        {
            var sameName = Key(c.LastName) == Key(prevent.LastName) && Initial(c.FirstName) == Initial(prevent.FirstName);
            var shared = c.Handles.FirstOrDefault(h => handles.Contains(Key(h)));
            if (sameName || shared is not null)
            {
                var why = shared is not null ? $"same date of birth and the handle {shared}" : "same date of birth, surname and first initial";
                found.Add(new(c.Id, c.Reference, c.ReferredAt, c.Status, why));
            }
        }

        return found;
    }

    private static string Key(string text) => TextKey.Of(text);

    private static char Initial(string text) => Key(text).FirstOrDefault();
}
