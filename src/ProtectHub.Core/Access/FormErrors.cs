using ProtectHub.Core.Data;

namespace ProtectHub.Core.Access;

/// <summary>The checks every form's service makes, adding a GOV.UK-worded error for the field that fails.</summary>
public static class FormErrors
{
    public static void Require<T>(this List<FieldError> errors, T? value, string field, string message) where T : struct
    {
        if (value is null)
        {
            errors.Add(new(field, message));
        }
    }

    public static void RequireText(this List<FieldError> errors, string? value, string field, string label, string missing, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, missing));
        }
        else
        {
            errors.OptionalText(value, field, label, max);
        }
    }

    public static void OptionalText(this List<FieldError> errors, string? value, string field, string label, int max)
    {
        if (value?.Trim().Length > max)
        {
            errors.Add(new(field, TextLimits.TooLong(label, max)));
        }
    }

    /// <summary>Trimmed text, or null when there is none.</summary>
    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
