namespace ProtectHub.Web.Hosting;

/// <summary>
/// Chooses the host environment. <c>dotnet run</c> applies launchSettings.json's environment variables over the shell's,
/// so a launch profile that set ASPNETCORE_ENVIRONMENT=Development turned a shell's Production into Development (and demo
/// mode) without a word. The profile therefore sets <see cref="Variable"/> instead, which is used only when neither the
/// shell nor the command line chose an environment. A published build has no launch profile: it runs as Production
/// unless told otherwise.
/// </summary>
public static class LaunchEnvironment
{
    public const string Variable = "PROTECTHUB_LOCAL_ENVIRONMENT";

    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        EnvironmentName = Choose(args, Environment.GetEnvironmentVariable),
    };

    /// <summary>The launch profile's environment, or null to let the usual sources (shell, command line) decide.</summary>
    public static string? Choose(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        var chosenElsewhere = !string.IsNullOrEmpty(environment("ASPNETCORE_ENVIRONMENT"))
            || !string.IsNullOrEmpty(environment("DOTNET_ENVIRONMENT"))
            || args.Any(a => a.StartsWith("--environment", StringComparison.OrdinalIgnoreCase) || a.StartsWith("/environment", StringComparison.OrdinalIgnoreCase));
        return chosenElsewhere ? null : environment(Variable) is { Length: > 0 } local ? local : null;
    }
}
