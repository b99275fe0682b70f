using Microsoft.Extensions.Configuration;

namespace ProtectHub.Core.Audit;

/// <summary>
/// The secret that keys the audit chain (HMAC-SHA-256) and signs its checkpoints. It lives outside the database
/// (<c>Audit:ChainKey</c>, base64 of at least 32 random bytes, from a secret store or environment variable; or
/// <c>Audit:ChainKeyFile</c>, a file holding it), so someone who can write to the database cannot recompute the chain
/// after changing or deleting entries. Without a key the chain is plain SHA-256, which shows accidental damage only.
/// </summary>
public sealed class AuditChainKey
{
    public const string Section = "Audit";

    public static AuditChainKey None { get; } = new(null);

    private AuditChainKey(byte[]? key) => Key = key;

    public byte[]? Key { get; }

    public bool IsKeyed => Key is not null;

    public static AuditChainKey Of(byte[] key) => key.Length >= 32
        ? new AuditChainKey(key)
        : throw new InvalidOperationException("The audit chain key must be at least 32 bytes.");

    public static AuditChainKey From(IConfiguration configuration)
    {
        var value = configuration[$"{Section}:ChainKey"];
        var file = configuration[$"{Section}:ChainKeyFile"];
        if (string.IsNullOrWhiteSpace(value) && !string.IsNullOrWhiteSpace(file))
        {
            value = File.Exists(file)
                ? File.ReadAllText(file)
                : throw new InvalidOperationException($"Audit:ChainKeyFile names '{file}', which does not exist.");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return None;
        }

        try
        {
            return Of(Convert.FromBase64String(value.Trim()));
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("Audit:ChainKey must be base64 (for example from: openssl rand -base64 32).");
        }
    }
}
