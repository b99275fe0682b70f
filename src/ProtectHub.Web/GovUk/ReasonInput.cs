using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ProtectHub.Web.GovUk;

/// <summary>The reason an administrator gives for a sensitive change; it goes into the audit log.</summary>
public static class ReasonInput
{
    public const int MaxLength = 1000;

    /// <summary>Adds an error under <paramref name="key"/> and returns null if the reason is missing or too long.</summary>
    public static string? Validate(ModelStateDictionary modelState, string key, string? reason, string missingMessage)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            modelState.AddModelError(key, missingMessage);
            return null;
        }

        if (reason.Trim().Length > MaxLength)
        {
            modelState.AddModelError(key, $"Reason must be {MaxLength} characters or fewer");
            return null;
        }

        return reason.Trim();
    }
}
