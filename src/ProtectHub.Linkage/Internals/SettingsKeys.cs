using System.Reflection;
using System.Text.Json;

namespace ProtectHub.Linkage.Internals;

/// <summary>
/// Refuses a settings key ProtectHub does not know, naming it and the nearest valid one: a misspelt "treshold" or
/// "termFrequncy" would otherwise be ignored and silently change the results.
/// </summary>
internal static class SettingsKeys
{
    private static readonly Dictionary<Type, string[]> Known = [];

    public static void Check(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        Check(document.RootElement, typeof(LinkageSettings), "");
    }

    private static void Check(JsonElement element, Type type, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var known = KeysOf(type);
        foreach (var property in element.EnumerateObject())
        {
            var name = known.FirstOrDefault(k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase));
            var at = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
            if (name is null)
            {
                var nearest = known.MinBy(k => Distance(k.ToLowerInvariant(), property.Name.ToLowerInvariant()))!;
                throw new LinkageException($"Unknown setting '{at}': did you mean '{nearest}'? Valid keys here: {string.Join(", ", known)}.");
            }

            var child = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)!.PropertyType;
            if (ElementType(child) is { } item && property.Value.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var entry in property.Value.EnumerateArray())
                {
                    Check(entry, item, $"{at}[{index++}]");
                }
            }
            else
            {
                Check(property.Value, Nullable.GetUnderlyingType(child) ?? child, at);
            }
        }
    }

    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericArguments() is [var item] && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) ? item : null;

    /// <summary>The camelCase names of the settable properties of a settings type.</summary>
    private static string[] KeysOf(Type type)
    {
        lock (Known)
        {
            if (!Known.TryGetValue(type, out var keys))
            {
                keys = [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null)
                    .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))];
                Known[type] = keys;
            }

            return keys;
        }
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
