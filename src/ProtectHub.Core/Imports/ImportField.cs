namespace ProtectHub.Core.Imports;

/// <summary>A field an import can fill: its name, the label officers see, and the header names recognised for it.</summary>
/// <param name="Aliases">Header names that mean this field, compared in lower case without spaces or punctuation.</param>
public sealed record ImportField(string Field, string Label, bool Required, string[] Aliases);
