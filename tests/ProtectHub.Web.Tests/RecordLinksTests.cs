using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Tests;

/// <summary>Every record link the pages use leads to a page: a page moved without its link fails here.</summary>
public sealed class RecordLinksTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    public static TheoryData<string, string?> Links() => new()
    {
        { nameof(Records.Links.Organisation), null }, { nameof(Records.Links.Organisation), "edit" }, { nameof(Records.Links.Organisation), "merge" },
        { nameof(Records.Links.Organisation), "memberships/new" }, { nameof(Records.Links.Organisation), "partnerships/new" },
        { nameof(Records.Links.Contact), null }, { nameof(Records.Links.Contact), "edit" }, { nameof(Records.Links.Contact), "opt-out" },
        { nameof(Records.Links.Engagement), null }, { nameof(Records.Links.Engagement), "edit" }, { nameof(Records.Links.Engagement), "attendance" },
        { nameof(Records.Links.Engagement), "deliver" }, { nameof(Records.Links.Engagement), "actions/new" }, { nameof(Records.Links.Engagement), "materials" },
        { nameof(Records.Links.Referral), null }, { nameof(Records.Links.Referral), "close" }, { nameof(Records.Links.Referral), "advice" },
        { nameof(Records.Links.Referral), "letter" }, { nameof(Records.Links.Referral), "attempts/new" }, { nameof(Records.Links.Referral), "safeguarding" },
        { nameof(Records.Links.PreventCase), null }, { nameof(Records.Links.PreventCase), "deconfliction" }, { nameof(Records.Links.PreventCase), "consent" },
        { nameof(Records.Links.PreventCase), "safeguarding" }, { nameof(Records.Links.PreventCase), "special-category" },
        { nameof(Records.Links.PreventCase), "interventions/new" }, { nameof(Records.Links.PreventCase), "close" },
        { nameof(Records.Links.IntelligenceReport), null }, { nameof(Records.Links.IntelligenceReport), "edit" }, { nameof(Records.Links.IntelligenceReport), "qa" },
        { nameof(Records.Links.IntelligenceReport), "disseminate" }, { nameof(Records.Links.IntelligenceReport), "correct" }, { nameof(Records.Links.IntelligenceReport), "print" },
        { nameof(Records.Links.IntelligenceReport), "export" }, { nameof(Records.Links.IntelligenceReport), "feedback" },
        { nameof(Records.Links.Advisory), null }, { nameof(Records.Links.Advisory), "edit" }, { nameof(Records.Links.Advisory), "stix" },
        { nameof(Records.Links.Advisory), "indicators" },
        { nameof(Records.Links.Lesson), null }, { nameof(Records.Links.Lesson), "edit" },
        { nameof(Records.Links.Campaign), null }, { nameof(Records.Links.Campaign), "edit" }, { nameof(Records.Links.Campaign), "posts/new" },
        { nameof(Records.Links.Engagement), "cancel" },
        { nameof(Records.Links.Material), null }, { nameof(Records.Links.Material), "edit" },
        { nameof(Records.Links.PreventOperation), null }, { nameof(Records.Links.PreventOperation), "letters" },
        { nameof(Records.Links.Request), null }, { nameof(Records.Links.Request), "triage" },
        { nameof(Records.Links.Return), null }, { nameof(Records.Links.Return), "print" },
        { nameof(Records.Links.Plan), null },
        { nameof(Records.Links.User), null },
    };

    [Theory]
    [MemberData(nameof(Links))]
    public void Link_MatchesAPageRoute(string record, string? page)
    {
        var link = (string)typeof(Links).GetMethod(record, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [Guid.NewGuid(), page])!;
        var templates = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText).Where(t => t is not null).Distinct().ToList();
        bool Matches(string path) => templates.Any(t => new TemplateMatcher(TemplateParser.Parse(t!), new RouteValueDictionary()).TryMatch(new PathString(path), new RouteValueDictionary()));
        Assert.True(Matches(link), $"{link} matches no page route");
        Assert.False(Matches(link + "/no-such-page"), "the check must be able to fail");
    }
}
