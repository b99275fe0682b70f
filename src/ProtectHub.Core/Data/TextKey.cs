namespace ProtectHub.Core.Data;

/// <summary>
/// Text reduced to its lower-case letters and digits, for comparing what people write differently: column headers
/// ("Date of birth", "date_of_birth"), handles ("R0bin_B00t", "r0bin b00t") and flags ("Under-18", "under 18").
/// </summary>
public static class TextKey
{
    public static string Of(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
