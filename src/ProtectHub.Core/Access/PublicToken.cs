using System.Security.Cryptography;

namespace ProtectHub.Core.Access;

/// <summary>
/// The unguessable part of a link that is its own permission (feedback forms, event sign-up, victim satisfaction,
/// calendar feeds): random bytes as URL-safe Base64, so a link can be pasted anywhere.
/// </summary>
public static class PublicToken
{
    /// <summary>24 random bytes: 32 characters.</summary>
    public static string New(int bytes = 24) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
}
