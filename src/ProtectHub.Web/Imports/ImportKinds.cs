using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Campaigns;
using ProtectHub.Core.Data;
using ProtectHub.Core.Imports;

namespace ProtectHub.Web.Imports;

/// <summary>
/// What can be imported, and where its pages are: organisations and contacts under Partners (Partners policy), victim
/// referrals under Referrals (the referrals policy), operation lists under Prevent (the Prevent policy), and a
/// campaign's post analytics under that campaign (the Campaigns policy), and an event's attendance list under that
/// engagement (the Partners policy). The upload and import pages of each folder
/// share one model and one partial view each; the folder's policy guards them. An import into one record (a campaign)
/// carries that record's id, its target, in its addresses and on its upload.
/// </summary>
public static class ImportKinds
{
    public const string PostAnalytics = PostAnalyticsImport.KindName;
    public const string Attendance = Core.Registrations.AttendanceImport.KindName;

    public static string ListUrl(string kind, Guid? targetId = null) => kind switch
    {
        "referrals" => "/referrals",
        "operation-lists" => "/prevent/operations",
        PostAnalytics => $"/campaigns/{targetId}",
        Attendance => $"/engagements/{targetId}/attendance",
        _ => $"/partners/{kind}",
    };

    public static string UploadUrl(string kind, Guid? targetId = null) => kind switch
    {
        "referrals" => "/referrals/import",
        "operation-lists" => "/prevent/operation-lists/import",
        PostAnalytics => $"/campaigns/{targetId}/{PostAnalytics}/import",
        Attendance => $"/engagements/{targetId}/{Attendance}/import",
        _ => $"/partners/{kind}/import",
    };

    public static string ImportUrl(string kind, Guid uploadId, Guid? targetId = null) => $"{UploadUrl(kind, targetId)}/{uploadId}";

    /// <summary>"organisation", "contact", "referral", "post": one of the records, for sentences.</summary>
    public static string One(string kind) => kind switch
    {
        PostAnalytics => "post",
        Attendance => "person",
        _ => kind.TrimEnd('s'),
    };

    /// <summary>What the file holds, for headings and buttons: "contacts", "post analytics".</summary>
    public static string Words(string kind) => kind.Replace('-', ' ');

    /// <summary>Where the finished import sends the officer, for its button: "Go to contacts", "Go to the campaign".</summary>
    public static string ListName(string kind) => kind switch
    {
        PostAnalytics => "the campaign",
        Attendance => "the attendance list",
        _ => Words(kind),
    };

    /// <summary>
    /// Whether the address names the record the kind imports into, and the user can see it (the region filter hides
    /// other regions' campaigns, so theirs are a 404); kinds that import into a region take no target.
    /// </summary>
    public static async Task<bool> TargetFoundAsync(ImportUploads uploads, string kind, Guid? targetId) => kind switch
    {
        PostAnalytics => targetId is { } id && await uploads.TargetExistsAsync<Campaign>(id),
        Attendance => targetId is { } id && await uploads.TargetExistsAsync<Core.Engagements.Engagement>(id),
        _ => targetId is null,
    };
}
