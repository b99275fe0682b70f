namespace ProtectHub.Web.Access;

/// <summary>Why a request was refused with 403, kept on the request so the error page can say it in plain words.</summary>
public static class ForbiddenReason
{
    private const string Item = "ph:forbidden-reason";

    public static void Set(HttpContext context, string reason) => context.Items[Item] = reason;

    public static string? Get(HttpContext context) => context.Items[Item] as string;
}
