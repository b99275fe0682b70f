namespace ProtectHub.Web.Access;

/// <summary>Claim types carried in the sign-in cookie, besides the standard name, id, email and role claims.</summary>
public static class ProtectHubClaims
{
    public const string Region = "ph:region";
    public const string Force = "ph:force";
    public const string Team = "ph:team";
    public const string VettingExpiresOn = "ph:vetting_expires";
    public const string SignedInAt = "ph:signed_in_at";
    public const string SecurityStamp = "ph:stamp";

    /// <summary>The user's <see cref="Core.Access.AppUser.AccessFingerprint"/> at sign-in.</summary>
    public const string Access = "ph:access";
}
