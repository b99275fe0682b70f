using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using ProtectHub.Core.Time;

namespace ProtectHub.Web.Access;

/// <summary>The user's vetting must be recorded and not expired (checked against today's date from TimeProvider).</summary>
public sealed class ValidVettingRequirement : IAuthorizationRequirement;

public sealed class ValidVettingHandler(TimeProvider time, IHttpContextAccessor http) : AuthorizationHandler<ValidVettingRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ValidVettingRequirement requirement)
    {
        var expiry = context.User.FindFirst(ProtectHubClaims.VettingExpiresOn)?.Value;
        var today = time.UkToday();
        if (expiry is not null && DateOnly.TryParseExact(expiry, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date >= today)
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        if (http.HttpContext is { } httpContext)
        {
            ForbiddenReason.Set(httpContext, expiry is null
                ? "You cannot use this part of ProtectHub because no vetting is recorded for you. Ask your regional administrator to record your vetting."
                : $"You cannot use this part of ProtectHub because your vetting expired on {DateOnly.ParseExact(expiry, "yyyy-MM-dd", CultureInfo.InvariantCulture):d MMMM yyyy}. Ask your regional administrator to record your renewed vetting.");
        }

        return Task.CompletedTask;
    }
}
