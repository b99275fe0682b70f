using System.Net;

namespace ProtectHub.Web.Hosting;

/// <summary>
/// With <c>Security:RequireHttps</c> on (every environment but a developer's Development), cookies are Secure and the
/// anti-forgery system refuses plain http, which used to surface as a 500 on the first form. A plain-http request is
/// answered before that: GET and HEAD are redirected to HTTPS when <c>Security:HttpsPort</c> says where it is served,
/// anything else gets a 400 that says what to do. Health checks stay reachable over http for load balancers.
/// </summary>
public static class HttpsRequirement
{
    public static IApplicationBuilder UseHttpsRequirement(this IApplicationBuilder app)
    {
        var configuration = app.ApplicationServices.GetRequiredService<IConfiguration>();
        if (!configuration.GetValue("Security:RequireHttps", true))
        {
            return app;
        }

        var httpsPort = configuration.GetValue<int?>("Security:HttpsPort");
        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.IsHttps || request.Path.StartsWithSegments("/health"))
            {
                await next(context);
                return;
            }

            if (httpsPort is { } port && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
            {
                var host = port == 443 ? request.Host.Host : $"{request.Host.Host}:{port}";
                context.Response.Redirect($"https://{host}{request.PathBase}{request.Path}{request.QueryString}", permanent: false, preserveMethod: true);
                return;
            }

            context.Response.StatusCode = (int)HttpStatusCode.BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(
                "ProtectHub must be used over HTTPS (Security:RequireHttps is on). Open it with an https:// address. " +
                "Behind a proxy that ends TLS, name the proxy in ForwardedHeaders:KnownProxies so its X-Forwarded-Proto is believed. " +
                "Only for a trial on this computer over plain http, set Security__RequireHttps=false.");
        });
    }
}
