namespace ProtectHub.Web.Hosting;

/// <summary>
/// Every cookie is <c>__Host-</c> prefixed, Secure and HttpOnly. Only <c>Security:RequireHttps=false</c> (set for a
/// developer's plain-http localhost in appsettings.Development.json) drops the prefix and Secure flag, because browsers
/// and the antiforgery system refuse them over http.
/// </summary>
public static class CookieSecurity
{
    public static void Apply(CookieBuilder cookie, IConfiguration configuration, string name)
    {
        var requireHttps = configuration.GetValue("Security:RequireHttps", true);
        cookie.Name = (requireHttps ? "__Host-" : "") + name;
        cookie.SecurePolicy = requireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        cookie.HttpOnly = true;
        cookie.Path = "/";
    }
}
