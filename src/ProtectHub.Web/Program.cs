using ProtectHub.Web.Hosting;

var builder = WebApplication.CreateBuilder(LaunchEnvironment.Options(args));
builder.AddProtectHub();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseProtectHub();
await app.RunAsync();

/// <summary>Entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
