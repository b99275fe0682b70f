using Microsoft.AspNetCore.Mvc.ApplicationModels;
using ProtectHub.Web.Access;

namespace ProtectHub.Web.Hosting;

/// <summary>
/// Authorization by folder. Every page needs a signed-in user (the fallback policy) unless it is in
/// <see cref="AnonymousPages"/>; admin folders need their area's policy. A test checks every endpoint against this list.
/// </summary>
public static class PageConventions
{
    /// <summary>The only pages anyone may open without signing in.</summary>
    public static readonly IReadOnlyList<string> AnonymousPages =
    [
        "/SignIn/Index",
        "/SignIn/Mfa",
        "/SignIn/Enrol",
        "/Accessibility",
        "/Privacy",
        "/Error",
    ];

    public static void Apply(PageConventionCollection conventions)
    {
        foreach (var page in AnonymousPages)
        {
            conventions.AllowAnonymousToPage(page);
        }

        conventions.AuthorizeFolder("/Admin/Users", Policies.ManageUsers);
        conventions.AuthorizeFolder("/Admin/Audit", Policies.ViewAuditLog);
    }
}
