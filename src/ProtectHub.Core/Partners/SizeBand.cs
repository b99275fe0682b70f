namespace ProtectHub.Core.Partners;

/// <summary>Staff head-count bands as used for UK business statistics; micro, small and medium together are SMEs.</summary>
public enum SizeBand
{
    Micro,
    Small,
    Medium,
    Large,
}
