using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Partners;

/// <summary>
/// The region's organisations found by name, postcode, sector, size, force and membership, in pages, with a total shared
/// by the region's officers until an organisation or membership changes.
/// </summary>
public sealed class OrganisationList(ProtectHubDbContext db, TimeProvider time, Performance.SharedFigures shared)
{
    public async Task<(IReadOnlyList<Organisation> Items, int Total)> SearchAsync(OrganisationSearch search)
    {
        var (query, _, matches) = Filtered(search);
        // The total is shared by the region's officers with the same filters until an organisation or membership changes:
        // counting the matches of a common word ("council") is the search's dearest part, and it is the same for everyone.
        var total = await shared.UntilChangedAsync(db, ChangeCounter.Organisations,
            $"organisation-total:{time.UkToday():yyyy-MM-dd}:{search with { Page = 1, Sort = OrganisationSort.Name }}",
            sp => sp.GetRequiredService<OrganisationList>().CountAsync(search));
        var skip = (Paging.ClampPage(search.Page, search.PageSize) - 1) * search.PageSize;
        if (matches is not null && search.Sort == OrganisationSort.Name)
        {
            return (await SearchByNameAsync(FilteredBeforeText(search).Query, matches, total, skip, search.PageSize), total);
        }

        query = search.Sort switch
        {
            OrganisationSort.NewestFirst => query.OrderByDescending(o => o.CreatedAt).ThenBy(o => o.Id),
            OrganisationSort.Town => query.OrderBy(o => o.Town).ThenBy(o => o.Name).ThenBy(o => o.Id),
            _ => query.OrderBy(o => o.Name).ThenBy(o => o.Id),
        };
        return (await query.Skip(skip).Take(search.PageSize).ToListAsync(), total);
    }

    /// <summary>How many organisations the search finds, up to the count limit.</summary>
    private async Task<int> CountAsync(OrganisationSearch search)
    {
        var (query, members, matches) = Filtered(search);
        if (members is null)
        {
            return await query.CountUpToLimitAsync();
        }

        // With a membership, counted from the members' side: a few thousand current members, each looked up, rather than
        // the region's organisations walked looking for members (16 ms for Cyber Essentials with 100,000 organisations).
        var beforeMembership = FilteredBeforeMembership(search);
        if (matches is not null)
        {
            beforeMembership = beforeMembership.Where(matches);
        }

        return await members.Distinct().Where(id => beforeMembership.Any(o => o.Id == id)).CountUpToLimitAsync();
    }

    /// <summary>The search's filters: the query, the current members of the membership asked for, and the text's match.</summary>
    private (IQueryable<Organisation> Query, IQueryable<Guid>? Members, Expression<Func<Organisation, bool>>? Matches) Filtered(OrganisationSearch search)
    {
        var (query, members) = FilteredBeforeText(search);
        var text = string.IsNullOrWhiteSpace(search.Text) ? null : search.Text.Trim().ToLowerInvariant();
        var matches = text is null ? null : Matching(text);
        return (matches is null ? query : query.Where(matches), members, matches);
    }

    /// <summary>Every filter but the text.</summary>
    private (IQueryable<Organisation> Query, IQueryable<Guid>? Members) FilteredBeforeText(OrganisationSearch search)
    {
        var query = FilteredBeforeMembership(search);
        if (search.Membership is not { } kind)
        {
            return (query, null);
        }

        var today = time.UkToday();
        var members = db.Set<Membership>().Where(m => m.Kind == kind && m.StartedOn <= today
            && (m.EndedOn == null || m.EndedOn >= today) && (m.ExpiresOn == null || m.ExpiresOn >= today)).Select(m => m.OrganisationId);
        return (query.Where(o => members.Contains(o.Id)), members);
    }

    private IQueryable<Organisation> FilteredBeforeMembership(OrganisationSearch search)
    {
        var query = db.Set<Organisation>().AsNoTracking();
        if (search.Sector is { } sector)
        {
            query = query.Where(o => o.Sector == sector);
        }

        if (search.Size is { } size)
        {
            query = query.Where(o => o.Size == size);
        }

        if (!string.IsNullOrWhiteSpace(search.ForceCode))
        {
            query = query.Where(o => o.ForceCode == search.ForceCode);
        }

        return query;
    }

    /// <summary>How many organisations, in name order, a search for a common word looks through for its page.</summary>
    private const int NameOrderSample = 5_000;

    /// <summary>
    /// A page of a search in name order. A common word (more matches than the count limit) is found by walking the
    /// names in order inside the index, which stops at the page's last match: for one name in thirty, a few hundred
    /// entries. That walk is bounded, because a word that starts names ("Castle ...") has its matches together further
    /// down; if the bounded walk does not fill the page, and for rarer words, the matches are found through the trigram
    /// indexes and sorted, by an expression that sorts like the name but that no index holds (so PostgreSQL does not
    /// choose the walk itself: unbounded, it read 70,000 names for "pinnacle").
    /// </summary>
    private static async Task<IReadOnlyList<Organisation>> SearchByNameAsync(IQueryable<Organisation> filtered,
        Expression<Func<Organisation, bool>> matches, int total, int skip, int pageSize)
    {
        if (total > Paging.CountLimit)
        {
            // Keys only, so that PostgreSQL reads the index alone; then the page's rows.
            var walked = await filtered.OrderBy(o => o.Name).ThenBy(o => o.Id).Take(NameOrderSample)
                .Where(matches).OrderBy(o => o.Name).ThenBy(o => o.Id).Skip(skip).Take(pageSize).Select(o => o.Id).ToListAsync();
            if (walked.Count == pageSize)
            {
                return (await filtered.Where(o => walked.Contains(o.Id)).ToListAsync()).InOrderOf(walked, o => o.Id);
            }
        }

        return await filtered.Where(matches).OrderBy(o => o.Name + "").ThenBy(o => o.Id).Skip(skip).Take(pageSize).ToListAsync();
    }

    /// <summary>The text anywhere in the name (or in its normalised form, without "Ltd" and the like), or the postcode.</summary>
    private static Expression<Func<Organisation, bool>> Matching(string text)
    {
        var normalised = OrganisationDirectory.NormaliseName(text);
        var (postcode, prefix, split) = UkPostcode.SearchTerms(text);
        if (postcode is not null)
        {
            // A whole postcode is found by equality alone: a prefix condition (LIKE) beside it stops PostgreSQL combining
            // the name and postcode indexes, and the partners benchmark measured org-search at p95 841 ms with it.
            (prefix, split) = (null, null);
        }

        return o => o.Name.ToLower().Contains(text) || (normalised != "" && o.NormalisedName.Contains(normalised))
            || (postcode != null && o.Postcode == postcode)
            || (prefix != null && o.Postcode!.StartsWith(prefix))
            || (split != null && o.Postcode!.StartsWith(split));
    }
}
