using Microsoft.AspNetCore.Http.HttpResults;
using ProtectHub.Core.Calendar;
using ProtectHub.Web.Hosting;

namespace ProtectHub.Web.Endpoints;

/// <summary>
/// The officer calendar feed. Calendar apps cannot sign in, so the secret in the address is the permission: it is
/// long and random, stored only as a hash, revocable, and the endpoint is rate limited. An unknown secret is a 404.
/// </summary>
public static class CalendarFeedEndpoints
{
    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar/{secret}.ics", FeedAsync).AllowAnonymous().RequireRateLimiting(ProtectHubWebExtensions.PublicFormRateLimit);
        app.MapGet("/calendar/{secret}/campaigns.ics", CampaignFeedAsync).AllowAnonymous().RequireRateLimiting(ProtectHubWebExtensions.PublicFormRateLimit);
        return app;
    }

    private static Task<Results<ContentHttpResult, NotFound>> FeedAsync(string secret, OfficerCalendar calendar, HttpContext context) =>
        AnswerAsync(calendar.FeedAsync(secret, $"{context.Request.Scheme}://{context.Request.Host}"), context);

    private static Task<Results<ContentHttpResult, NotFound>> CampaignFeedAsync(string secret, OfficerCalendar calendar, HttpContext context) =>
        AnswerAsync(calendar.CampaignFeedAsync(secret, $"{context.Request.Scheme}://{context.Request.Host}"), context);

    private static async Task<Results<ContentHttpResult, NotFound>> AnswerAsync(Task<string?> making, HttpContext context)
    {
        var feed = await making;
        if (feed is null)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Content(feed, "text/calendar; charset=utf-8");
    }
}
