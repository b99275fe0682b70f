using Microsoft.AspNetCore.Mvc.ModelBinding;
using ProtectHub.Core.Access;

namespace ProtectHub.Web.GovUk;

public static class ModelStateExtensions
{
    /// <summary>
    /// Adds a service's field errors under the form's prefix. A field that already has an error (for example a date the
    /// page could not read) keeps that one: a second message about the same field would add nothing.
    /// </summary>
    public static void AddFieldErrors(this ModelStateDictionary modelState, string? prefix, IEnumerable<FieldError> errors)
    {
        foreach (var error in errors)
        {
            var key = string.IsNullOrEmpty(prefix) ? error.Field : $"{prefix}.{error.Field}";
            if (!(modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0))
            {
                modelState.AddModelError(key, error.Message);
            }
        }
    }
}
