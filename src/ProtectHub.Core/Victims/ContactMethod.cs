namespace ProtectHub.Core.Victims;

public enum ContactMethod
{
    Phone,
    Email,
    Letter,
    Visit,
}
