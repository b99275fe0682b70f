using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using ProtectHub.Core.Access;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Access;

/// <summary>
/// On the pages that change a user (details, access, authenticator): the user loaded for the route must be one the
/// actor could have created, holding only roles the actor could grant. A Regional Administrator cannot demote or
/// disable a System Administrator or a National Coordinator of their region.
/// </summary>
public sealed class ManageableUserFilter(UserAdministration admin) : IAsyncPageFilter, IOrderedFilter
{
    /// <summary>After <see cref="LoadRecordFilter{TRecord}"/>, which loads the user.</summary>
    public int Order => 1;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HttpContext.Items[typeof(AppUser)] is AppUser user && !admin.CanManage(user))
        {
            ForbiddenReason.Set(context.HttpContext,
                $"You cannot change {user.DisplayName}: they hold a role that only a System Administrator can give.");
            context.Result = new ForbidResult();
            return;
        }

        await next();
    }
}
