namespace ProtectHub.Core.Partners;

/// <summary>The lawful basis for holding and contacting a person (UK GDPR Article 6, or DPA 2018 Part 3).</summary>
public enum LawfulBasis
{
    Consent,
    LegitimateInterests,
    PublicTask,
    LawEnforcement,
}
