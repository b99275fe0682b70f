using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using ProtectHub.Core.Access;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Partners;
using ProtectHub.Web.Access;
using ProtectHub.Web.Records;

namespace ProtectHub.Web.Hosting;

/// <summary>
/// Authorization by folder. Every page needs a signed-in user (the fallback policy) unless it is in
/// <see cref="AnonymousPages"/>; admin folders need their area's policy, and record pages load their record here. A test checks every endpoint against this list.
/// </summary>
public static class PageConventions
{
    /// <summary>The only pages anyone may open without signing in.</summary>
    public static readonly IReadOnlyList<string> AnonymousPages =
    [
        "/SignIn/Index",
        "/SignIn/Mfa",
        "/SignIn/Enrol",
        "/SignIn/External",
        "/Accessibility",
        "/Privacy",
        "/Error",
        "/Feedback/Form",
        "/Feedback/ThankYou",
        "/Events/Register",
        "/Events/Registered",
        "/Satisfaction/Form",
        "/Satisfaction/ThankYou",
        "/IndustryReport/Form",
        "/IndustryReport/Received",
        "/AdvisoryPublic/Index",
        "/AdvisoryPublic/Details",
        "/AdvisoryPublic/Feed",
        "/AdvisoryPublic/Acknowledge",
        "/AdvisoryPublic/OptOut",
        "/RequestPublic/Form",
        "/RequestPublic/Sent",
    ];

    /// <summary>Every page of the folder with an <c>{id}</c> route gets its record loaded (or a 404) centrally.</summary>
    private static void LoadRecords<TRecord>(PageConventionCollection conventions, string folder) where TRecord : class =>
        conventions.AddFolderApplicationModelConvention(folder, model => model.Filters.Add(new ServiceFilterAttribute(typeof(LoadRecordFilter<TRecord>))));

    public static void Apply(PageConventionCollection conventions)
    {
        foreach (var page in AnonymousPages)
        {
            conventions.AllowAnonymousToPage(page);
        }

        conventions.AuthorizeFolder("/Admin/Users", Policies.ManageUsers);
        LoadRecords<AppUser>(conventions, "/Admin/Users");
        foreach (var page in (string[])["/Admin/Users/Edit", "/Admin/Users/Access", "/Admin/Users/ResetAuthenticator"])
        {
            conventions.AddPageApplicationModelConvention(page, model => model.Filters.Add(new ServiceFilterAttribute(typeof(ManageableUserFilter)) { Order = 1 }));
        }

        conventions.AuthorizeFolder("/Admin/Audit", Policies.ViewAuditLog);
        conventions.AuthorizeFolder("/Admin/Lists", Policies.ManageLists);
        conventions.AuthorizeFolder("/National", Policies.ViewNationalFigures);
        conventions.AuthorizeFolder("/Partners", Policies.Partners);
        LoadRecords<Organisation>(conventions, "/Partners/Organisations");
        LoadRecords<Contact>(conventions, "/Partners/Contacts");
        conventions.AuthorizeFolder("/Engagements", Policies.Partners);
        LoadRecords<Engagement>(conventions, "/Engagements");
        conventions.AuthorizeFolder("/Referrals", Policies.VictimReferrals);
        conventions.AuthorizePage("/Referrals/Workload", Policies.SuperviseReferrals);
        conventions.AuthorizePage("/Referrals/Assign", Policies.SuperviseReferrals);
        conventions.AuthorizePage("/Referrals/Rules", Policies.ManageReferralRules);
        LoadRecords<Core.Victims.VictimReferral>(conventions, "/Referrals");
        conventions.AuthorizeFolder("/Prevent", Policies.Prevent);
        conventions.AuthorizePage("/Prevent/Cases/Deconfliction", Policies.SupervisePrevent);
        LoadRecords<Core.Prevent.PreventCase>(conventions, "/Prevent/Cases");
        LoadRecords<Core.Prevent.OperationList>(conventions, "/Prevent/Operations");
        conventions.AuthorizeFolder("/Intelligence", Policies.Intelligence);
        conventions.AuthorizePage("/Intelligence/Reports/Qa", Policies.SuperviseIntelligence);
        LoadRecords<Core.Intelligence.IntelligenceReport>(conventions, "/Intelligence/Reports");
        conventions.AuthorizeFolder("/Advisories", Policies.Advisories);
        LoadRecords<Core.Advisories.Advisory>(conventions, "/Advisories/Records");
        conventions.AuthorizeFolder("/Requests", Policies.Requests);
        conventions.AuthorizePage("/Requests/Board", Policies.SuperviseRequests);
        conventions.AuthorizePage("/Requests/Records/Triage", Policies.SuperviseRequests);
        LoadRecords<Core.Requests.AssistanceRequest>(conventions, "/Requests/Records");
        // Materials load their record in the page: a national material of another region is readable there, and nothing else is.
        conventions.AuthorizeFolder("/Materials", Policies.Materials);
        conventions.AuthorizeFolder("/Campaigns", Policies.Campaigns);
        conventions.AuthorizeFolder("/Training", Policies.Training);
        conventions.AuthorizePage("/Training/Team", Policies.SuperviseTraining);
        LoadRecords<Core.Campaigns.Campaign>(conventions, "/Campaigns/Records");
        conventions.AuthorizeFolder("/Lessons", Policies.Lessons);
        LoadRecords<Core.Lessons.Lesson>(conventions, "/Lessons/Records");
        conventions.AuthorizeFolder("/Performance", Policies.Performance);
        conventions.AuthorizeFolder("/Performance/Metrics", Policies.ManageMetrics);
        LoadRecords<Core.Performance.PerformanceReturn>(conventions, "/Performance/Returns");
        LoadRecords<Core.Performance.DeliveryPlan>(conventions, "/Performance/Plans");
    }
}
