using Microsoft.AspNetCore.Http.Extensions;

namespace ProtectHub.Web.GovUk;

/// <summary>Links that keep a list's filters: pages of it (for <see cref="PaginationTagHelper"/>) and its exports.</summary>
public static class PageLinks
{
    /// <summary>The filters that have a value, as "&amp;key=value..." (empty when none).</summary>
    public static string Query(params (string Key, string? Value)[] filters)
    {
        var query = new QueryBuilder();
        foreach (var (key, value) in filters)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add(key, value);
            }
        }

        var text = query.ToString();
        return text.Length > 0 ? "&" + text[1..] : "";
    }

    /// <summary>The href format for pagination: "?page={0}" plus the filters, braces escaped for string.Format.</summary>
    public static string Format(params (string Key, string? Value)[] filters) =>
        "?page={0}" + Query(filters).Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    /// <summary>The filters that have a value, as "key=value; key=value", for an export's audit entry.</summary>
    public static string Describe(params (string Key, string? Value)[] filters) =>
        string.Join("; ", filters.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => $"{f.Key}={f.Value}"));
}
