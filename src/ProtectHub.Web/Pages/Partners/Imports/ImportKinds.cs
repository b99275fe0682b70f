namespace ProtectHub.Web.Pages.Partners.Imports;

/// <summary>What can be imported under Partners, as it appears in addresses and on the pages.</summary>
public static class ImportKinds
{
    /// <summary>The route constraint for the {kind} segment.</summary>
    public const string RouteConstraint = "regex(^(organisations|contacts)$)";

    public static string ListUrl(string kind) => $"/partners/{kind}";

    public static string UploadUrl(string kind) => $"/partners/{kind}/import";

    public static string ImportUrl(string kind, Guid uploadId) => $"/partners/{kind}/import/{uploadId}";
}
