using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace ProtectHub.Web.Hosting;

/// <summary>
/// The data-protection keys (which protect session and anti-forgery cookies) are kept in the database so that every
/// instance shares them. With <c>DataProtection:CertificatePath</c> (a .pfx holding a private key) and
/// <c>DataProtection:CertificatePassword</c>, they are stored encrypted with that certificate, so a copy of the database
/// alone cannot forge a session. The certificate belongs in the host's secret store, never in the repository.
/// </summary>
public static class DataProtectionCertificate
{
    public static void Configure(IServiceCollection services, IConfiguration configuration)
    {
        var path = configuration["DataProtection:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"DataProtection:CertificatePath names '{path}', which does not exist.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:CertificatePassword"],
            X509KeyStorageFlags.EphemeralKeySet);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"The certificate in '{path}' has no private key: ProtectHub needs it to read the keys back.");
        }

        services.AddDataProtection().ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }
}
