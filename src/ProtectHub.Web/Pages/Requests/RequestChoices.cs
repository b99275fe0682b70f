using Microsoft.AspNetCore.Mvc.Rendering;
using ProtectHub.Core.Access;
using ProtectHub.Core.Requests;
using ProtectHub.Web.Pages.Prevent;

namespace ProtectHub.Web.Pages.Requests;

/// <summary>The options of the request forms, in the words users see.</summary>
public static class RequestChoices
{
    public static IReadOnlyList<SelectListItem> Sources { get; } = PreventChoices.Of<RequestSource>(RequestNames.Of);
    public static IReadOnlyList<SelectListItem> Categories { get; } = PreventChoices.Of<RequestCategory>(RequestNames.Of);
    public static IReadOnlyList<SelectListItem> Statuses { get; } = PreventChoices.Of<RequestStatus>(RequestNames.Of);

    /// <summary>Each urgency with its service level as the hint.</summary>
    public static IReadOnlyList<SelectListItem> Urgencies { get; } =
        Enum.GetValues<RequestUrgency>().Select(u => new SelectListItem($"{RequestNames.Of(u)}: {RequestServiceLevels.Describe(u)}", u.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> Teams { get; } =
        Enum.GetValues<Team>().Select(t => new SelectListItem(DisplayNames.Of(t), t.ToString())).ToList();
}
