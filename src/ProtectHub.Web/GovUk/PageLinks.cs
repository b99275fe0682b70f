using Microsoft.AspNetCore.Http.Extensions;

namespace ProtectHub.Web.GovUk;

/// <summary>Builds the href format for <see cref="PaginationTagHelper"/> so that paging keeps the list's filters.</summary>
public static class PageLinks
{
    public static string Format(params (string Key, string? Value)[] filters)
    {
        var query = new QueryBuilder();
        foreach (var (key, value) in filters)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add(key, value);
            }
        }

        // The result is a composite format string: braces from user input must not be read as placeholders.
        var rest = query.ToString().Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
        return "?page={0}" + (rest.Length > 0 ? "&" + rest[1..] : "");
    }
}
