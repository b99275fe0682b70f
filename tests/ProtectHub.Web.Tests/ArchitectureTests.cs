using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ProtectHub.Core.Data;

namespace ProtectHub.Web.Tests;

/// <summary>
/// The rules of docs/architecture.md that a compiler does not keep: pages read and write through their area's services,
/// never the DbContext; and every area service that works on the database is registered, so a page can ask for it.
/// </summary>
public sealed class ArchitectureTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private static readonly Assembly Web = typeof(Program).Assembly;
    private static readonly Assembly Core = typeof(ProtectHubDbContext).Assembly;

    private static bool TakesDbContext(Type type) =>
        type.GetConstructors().Any(c => c.GetParameters().Any(p => typeof(DbContext).IsAssignableFrom(p.ParameterType)))
        || type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public).Any(f => typeof(DbContext).IsAssignableFrom(f.FieldType));

    [Fact]
    public void NoPageModel_TakesTheDbContext()
    {
        var pages = Web.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        Assert.True(pages.Count > 100, $"only {pages.Count} page models found: the scan is looking in the wrong place");

        var offenders = Web.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && TakesDbContext(t)).Select(t => t.FullName).ToList();

        Assert.True(offenders.Count == 0, "Pages read through their area's services; these take the DbContext: " + string.Join(", ", offenders));
    }

    [Fact]
    public void EveryCoreServiceOnTheDatabase_IsRegistered()
    {
        var services = Core.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && !t.IsGenericTypeDefinition && TakesDbContext(t))
            .Where(t => !typeof(DbContext).IsAssignableFrom(t) && !typeof(IHostedService).IsAssignableFrom(t))
            // A capability's implementation (a file store, a bulk writer) is asked for by its interface, one of several.
            .Where(t => !t.GetInterfaces().Any(i => i.Assembly == Core))
            .ToList();
        Assert.True(services.Count > 40, $"only {services.Count} services found: the scan is looking in the wrong place");

        using var scope = factory.Services.CreateScope();
        var missing = services.Where(t => scope.ServiceProvider.GetService(t) is null).Select(t => t.FullName).ToList();

        Assert.True(missing.Count == 0, "Registered by no area's Add<Area>(): " + string.Join(", ", missing));
    }
}

/// <summary>
/// Links written as literal paths (a section's list, a page of its own: records' links go through <c>Records/Links</c>,
/// checked by <c>RecordLinksTests</c>) must lead to a page: renaming a page folder breaks the build of no link, so
/// this test does instead, for every <c>href="/..."</c> in a view and every <c>Redirect("/...")</c> in a page model.
/// </summary>
public sealed class LiteralLinkTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    [Fact]
    public void EveryLiteralLink_LeadsToAPageOrAFile()
    {
        var web = Path.Combine(RepositoryFiles.Root, "src", "ProtectHub.Web");
        var links = Directory.EnumerateFiles(web, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "href=\"(/[A-Za-z0-9\\-/._]*)([?#\"@])")
                .Where(m => m.Groups[2].Value != "@").Select(m => (File: f, Path: m.Groups[1].Value)))
            .Concat(Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
                .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "Redirect\\(\"(/[A-Za-z0-9\\-/._]*)[?#\"]")
                    .Select(m => (File: f, Path: m.Groups[1].Value))))
            .ToList();
        Assert.True(links.Count > 150, $"only {links.Count} literal links found: the scan is looking in the wrong place");

        var routes = factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Select(e => new Microsoft.AspNetCore.Routing.Template.TemplateMatcher(new Microsoft.AspNetCore.Routing.Template.RouteTemplate(e.RoutePattern), []))
            .ToList();
        var broken = links
            .Where(l => !File.Exists(Path.Combine(web, "wwwroot", l.Path.TrimStart('/')))
                && !routes.Any(r => r.TryMatch(l.Path.TrimEnd('/') is { Length: > 0 } p ? p : "/", [])))
            .Select(l => $"{l.Path} ({Path.GetRelativePath(web, l.File)})").Distinct().ToList();

        Assert.True(broken.Count == 0, "Links to no page: " + string.Join(", ", broken));
    }
}
