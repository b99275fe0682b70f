using System.Globalization;

namespace ProtectHub.Web.GovUk;

/// <summary>A radio or select value as posted: one of the list's names, never a number or anything else (which reads as no answer).</summary>
public static class ListValue
{
    public static T? Parse<T>(string? value) where T : struct, Enum =>
        !string.IsNullOrEmpty(value) && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            && Enum.TryParse<T>(value, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
}
