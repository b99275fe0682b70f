using System.Globalization;

namespace ProtectHub.Partners.Benchmarks;

/// <summary>"--name value" pairs (and bare "--flag"s) of one command.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);

    public static Options Parse(string[] args)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new OptionException($"Unexpected argument '{args[i]}': options are written --name value");
            }

            var name = args[i][2..];
            string? value = null;
            if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }

            options._values[name] = value;
        }

        return options;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Get(string name) => _values.TryGetValue(name, out var v) ? v : null;

    public string Get(string name, string fallback) => Get(name) ?? fallback;

    public string Required(string name) => Get(name) ?? throw new OptionException($"--{name} is required");

    public int Int(string name, int fallback) =>
        Get(name) is { } text
            ? int.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
                ? n
                : throw new OptionException($"--{name} must be a whole number, not '{text}'")
            : fallback;
}

internal sealed class OptionException(string message) : Exception(message);
