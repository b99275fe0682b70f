namespace ProtectHub.Web.Imports;

/// <summary>
/// What can be imported, and where its pages are: organisations and contacts under Partners (Partners policy), victim
/// referrals under Referrals (the referrals policy), operation lists under Prevent (the Prevent policy). The upload and import pages of each folder share one model and
/// one partial view each; the folder's policy guards them.
/// </summary>
public static class ImportKinds
{
    public static string ListUrl(string kind) => kind switch
    {
        "referrals" => "/referrals",
        "operation-lists" => "/prevent/operations",
        _ => $"/partners/{kind}",
    };

    public static string UploadUrl(string kind) => kind switch
    {
        "referrals" => "/referrals/import",
        "operation-lists" => "/prevent/operation-lists/import",
        _ => $"/partners/{kind}/import",
    };

    public static string ImportUrl(string kind, Guid uploadId) => $"{UploadUrl(kind)}/{uploadId}";

    /// <summary>"organisation", "contact", "referral": one of the records, for sentences.</summary>
    public static string One(string kind) => kind.TrimEnd('s');
}
