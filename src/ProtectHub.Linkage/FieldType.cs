namespace ProtectHub.Linkage;

/// <summary>What a field holds; decides how its values are normalised and which comparison levels it gets by default.</summary>
public enum FieldType
{
    /// <summary>Free text (addresses, towns): case folded, accents and punctuation removed.</summary>
    Text,

    /// <summary>A personal name: like <see cref="Text"/> but spaces and hyphens removed too.</summary>
    Name,

    /// <summary>A date (yyyyMMdd, yyyy-MM-dd or UK dd/MM/yyyy).</summary>
    Date,

    /// <summary>A UK postcode (spaces and case ignored).</summary>
    Postcode,

    /// <summary>An email address.</summary>
    Email,

    /// <summary>A UK phone number (+44, 0044 and 0 prefixes, spaces and punctuation ignored).</summary>
    Phone,

    /// <summary>A number.</summary>
    Numeric,

    /// <summary>An identifier or code compared exactly (trimmed, case folded).</summary>
    Exact,
}
