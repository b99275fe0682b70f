namespace ProtectHub.Core.Engagements;

public enum AudienceType
{
    SmeStaff,
    LargeBusiness,
    PublicSector,
    Charity,
    EducationStaff,
    StudentsAndYoungPeople,
    OlderPeople,
    GeneralPublic,
    LawEnforcement,
}
