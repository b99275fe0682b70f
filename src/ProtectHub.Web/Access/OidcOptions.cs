namespace ProtectHub.Web.Access;

/// <summary>
/// Optional sign-in through an OpenID Connect provider (Microsoft Entra ID is what forces use), on when
/// <c>Authentication:Oidc:Authority</c> and <c>ClientId</c> are set. The provider proves identity and MFA; the person
/// must already be a ProtectHub user with the same email address, so access is still granted here, never by the provider.
/// </summary>
public sealed class OidcOptions
{
    public const string Section = "Authentication:Oidc";
    public const string Scheme = "oidc";

    public string? Authority { get; set; }
    public string? ClientId { get; set; }

    /// <summary>Keep out of the repository: set it with the environment variable Authentication__Oidc__ClientSecret.</summary>
    public string? ClientSecret { get; set; }

    public string DisplayName { get; set; } = "Microsoft Entra ID";

    /// <summary>Claims tried in order for the user's email address.</summary>
    public string[] EmailClaims { get; set; } = ["email", "preferred_username", "upn"];

    /// <summary>When true (the default) the token must say MFA was performed (an <c>amr</c> claim of <c>mfa</c>).</summary>
    public bool RequireMfaClaim { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
