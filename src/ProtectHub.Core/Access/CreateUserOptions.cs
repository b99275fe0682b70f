namespace ProtectHub.Core.Access;

public sealed record CreateUserOptions
{
    public string Email { get; init; } = "";
    public string Password { get; init; } = "";
    public UserDetails Details { get; init; } = new();
    public bool IsDemoAccount { get; init; }
}
