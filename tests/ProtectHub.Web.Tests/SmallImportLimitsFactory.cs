using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace ProtectHub.Web.Tests;

/// <summary>The application with import limits small enough that files breaking them are cheap to make in a test.</summary>
public sealed class SmallImportLimitsFactory : ProtectHubFactory
{
    public const int MaxUploadBytes = 64 * 1024;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Imports:Limits:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Imports:Limits:MaxUncompressedBytes"] = (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Imports:Limits:MaxRows"] = "100",
            ["Imports:Limits:MaxColumns"] = "20",
            ["Materials:MaxFileMegabytes"] = "1",
        }));
    }
}
