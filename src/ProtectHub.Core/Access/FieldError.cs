namespace ProtectHub.Core.Access;

/// <summary>A validation failure tied to one input, shown in the GOV.UK error summary and next to the field.</summary>
public sealed record FieldError(string Field, string Message);
