using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Engagements;

namespace ProtectHub.Web.GovUk;

/// <summary>Records as the options of a select, checkboxes or radios: the name shown, the id sent.</summary>
public static class SelectChoices
{
    // Ids are formatted here, not in SQL: SQLite and PostgreSQL write GUIDs in different cases.
    public static IReadOnlyList<SelectListItem> ToChoices(this IEnumerable<(Guid Id, string Name)> items) =>
        items.Select(i => new SelectListItem(i.Name, i.Id.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> ToChoices(this IEnumerable<ManagedListItem> items) =>
        items.Select(i => new SelectListItem(i.Name, i.Id.ToString())).ToList();
}
