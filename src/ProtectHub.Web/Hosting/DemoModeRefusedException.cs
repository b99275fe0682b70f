namespace ProtectHub.Web.Hosting;

/// <summary>Stops start-up when demo mode would seed demo users into a database that holds real ones.</summary>
public sealed class DemoModeRefusedException(string message) : Exception(message);
