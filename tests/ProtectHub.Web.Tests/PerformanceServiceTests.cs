using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Performance;

namespace ProtectHub.Web.Tests;

/// <summary>
/// The performance services called directly (not through their pages), on both databases: a return's steps and who may
/// take each, a plan's targets and their RAG rule, the metric catalogue's versions.
/// </summary>
public sealed class PerformanceServiceTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private readonly TestUserBuilder _users = new(factory);

    private static readonly Role[] Officer = [Role.Officer];
    private static readonly Role[] Supervisor = [Role.Supervisor];
    private static readonly Role[] HeadOfUnit = [Role.HeadOfUnit];

    private async Task<Guid> UserAsync(Role[] roles) => (await _users.WithRoles(roles).BuildAsync()).Id;

    private Task<T> AsAsync<T>(Guid user, Role[] roles, Func<ReturnWorkflow, Task<T>> work) =>
        factory.AsUserAsync(user, roles, sp => work(sp.GetRequiredService<ReturnWorkflow>()));

    private Task<PerformanceReturn> StoredAsync(Guid id) =>
        factory.WithDbAsync(db => db.Set<PerformanceReturn>().IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == id));

    [Fact]
    public async Task CreateReturn_RefusesAQuarterNotBegun_AForceOfAnotherRegion_AndASecondOpenDraft()
    {
        var officer = await UserAsync(Officer);
        var westMidlandsForce = Core.Regions.PoliceReferenceData.ForcesOf("WM")[0].Code;

        // The clock stands at 2 November 2026: Q3 of 2026-27 has begun, Q4 has not.
        var (_, notBegun) = await AsAsync(officer, Officer, w => w.CreateAsync(new FinancialQuarter(2026, 4), null));
        var (_, foreign) = await AsAsync(officer, Officer, w => w.CreateAsync(new FinancialQuarter(2026, 3), westMidlandsForce));
        var (first, none) = await AsAsync(officer, Officer, w => w.CreateAsync(new FinancialQuarter(2026, 3), null));
        var (second, again) = await AsAsync(officer, Officer, w => w.CreateAsync(new FinancialQuarter(2026, 3), null));

        Assert.Equal("Quarter", Assert.Single(notBegun).Field);
        Assert.Contains("has not started yet", notBegun[0].Message, StringComparison.Ordinal);
        Assert.Equal("ForceCode", Assert.Single(foreign).Field);
        Assert.Empty(none);
        Assert.Equal(ReturnStatus.Draft, (await StoredAsync(first!.Id)).Status);
        Assert.Null(second);
        Assert.Contains("already a return in progress", Assert.Single(again).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnSteps_EachNeedTheirRole_AndSubmittingFreezesTheFigures()
    {
        var (officer, supervisor, head) = (await UserAsync(Officer), await UserAsync(Supervisor), await UserAsync(HeadOfUnit));
        var (draft, _) = await AsAsync(officer, Officer, w => w.CreateAsync(new FinancialQuarter(2026, 1), null));
        var id = draft!.Id;

        Assert.Equal("Only a supervisor, coordinator or head of unit can review a return", await AsAsync(officer, Officer, w => w.AdvanceAsync(id, ReturnStatus.Reviewed)));
        Assert.Equal("Only a head of unit can approve a return", await AsAsync(supervisor, Supervisor, w => w.AdvanceAsync(id, ReturnStatus.Approved)));
        Assert.Contains("must be reviewed to approve it", await AsAsync(head, HeadOfUnit, w => w.AdvanceAsync(id, ReturnStatus.Approved)), StringComparison.Ordinal);
        Assert.Null((await StoredAsync(id)).SnapshotJson);

        Assert.Null(await AsAsync(supervisor, Supervisor, w => w.AdvanceAsync(id, ReturnStatus.Reviewed)));
        Assert.Null(await AsAsync(head, HeadOfUnit, w => w.AdvanceAsync(id, ReturnStatus.Approved)));
        Assert.Null(await AsAsync(head, HeadOfUnit, w => w.AdvanceAsync(id, ReturnStatus.Submitted)));

        var submitted = await StoredAsync(id);
        Assert.Equal(ReturnStatus.Submitted, submitted.Status);
        Assert.NotNull(submitted.ReviewedAt);
        Assert.NotNull(submitted.ApprovedAt);
        Assert.True(submitted.CatalogueVersion > 0);
        var frozen = await AsAsync(head, HeadOfUnit, w => w.FiguresAsync(submitted));
        Assert.NotEmpty(frozen.Metrics);
        Assert.Equal("A submitted return is final; start a new draft for the quarter to correct it", await AsAsync(supervisor, Supervisor, w => w.SendBackAsync(id, "Wrong")));
        Assert.NotEmpty(await AsAsync(officer, Officer, w => w.SaveNarrativeAsync(id, "Changed after submission", null, null)));
    }

    [Fact]
    public async Task SendBack_NeedsAReason_ClearsTheReview_AndReopensTheNarrative()
    {
        var (officer, supervisor) = (await UserAsync(Officer), await UserAsync(Supervisor));
        var force = Core.Regions.PoliceReferenceData.ForcesOf("EM")[1].Code;
        var (draft, _) = await AsAsync(officer, Officer, w => w.CreateAsync(new FinancialQuarter(2026, 2), force));
        var id = draft!.Id;
        Assert.Null(await AsAsync(supervisor, Supervisor, w => w.AdvanceAsync(id, ReturnStatus.Reviewed)));
        Assert.NotEmpty(await AsAsync(officer, Officer, w => w.SaveNarrativeAsync(id, "Too late: it is reviewed", null, null)));

        Assert.Equal("Only a supervisor, coordinator or head of unit can send a return back to draft", await AsAsync(officer, Officer, w => w.SendBackAsync(id, "Mine")));
        Assert.StartsWith("Say why", await AsAsync(supervisor, Supervisor, w => w.SendBackAsync(id, "  ")), StringComparison.Ordinal);
        Assert.Null(await AsAsync(supervisor, Supervisor, w => w.SendBackAsync(id, " The Lincolnshire figures are missing ")));

        var back = await StoredAsync(id);
        Assert.Equal(ReturnStatus.Draft, back.Status);
        Assert.Null(back.ReviewedAt);
        Assert.Null(back.ReviewedByName);
        Assert.Equal("The Lincolnshire figures are missing", back.ReturnedReason);
        Assert.Empty(await AsAsync(officer, Officer, w => w.SaveNarrativeAsync(id, "Now complete", null, null)));
        Assert.Equal("Now complete", (await StoredAsync(id)).Highlights);
    }

    [Theory]
    // A running total, half the year gone, target 100: 50 is on track, 40 (80 % of it) amber, below that red.
    [InlineData(MetricMeasure.Count, false, 50.0, Rag.Green)]
    [InlineData(MetricMeasure.Count, false, 40.0, Rag.Amber)]
    [InlineData(MetricMeasure.Count, false, 39.9, Rag.Red)]
    // Fewer is better (repeat victims): at or under 50 green, up to a quarter over amber.
    [InlineData(MetricMeasure.Count, true, 50.0, Rag.Green)]
    [InlineData(MetricMeasure.Count, true, 62.5, Rag.Amber)]
    [InlineData(MetricMeasure.Count, true, 63.0, Rag.Red)]
    // A level (a mean) is judged against the target itself, 100, with 10 % tolerance, whatever part of the year is gone.
    [InlineData(MetricMeasure.Mean, false, 100.0, Rag.Green)]
    [InlineData(MetricMeasure.Mean, false, 90.0, Rag.Amber)]
    [InlineData(MetricMeasure.Mean, false, 89.0, Rag.Red)]
    [InlineData(MetricMeasure.Mean, true, 110.0, Rag.Amber)]
    [InlineData(MetricMeasure.Mean, true, 111.0, Rag.Red)]
    public void PlanTargetRag_FollowsTheStatedRule(MetricMeasure measure, bool lowerIsBetter, double actual, Rag expected)
    {
        var metric = new MetricDefinition { Key = "m", Name = "M", Unit = "things", Measure = measure };
        var target = new PlanTarget { MetricKey = "m", TargetValue = 100, LowerIsBetter = lowerIsBetter, Description = "T" };

        var progress = DeliveryPlans.Assess(target, metric, actual, elapsed: 0.5);

        Assert.Equal(expected, progress.Status);
        Assert.Equal(measure == MetricMeasure.Count ? 50 : 100, progress.Expected);
    }

    [Fact]
    public void PlanTargetRag_WithoutAFigureOrAMetric_IsNoData()
    {
        var target = new PlanTarget { MetricKey = "gone", TargetValue = 100, Description = "T" };

        Assert.Equal(Rag.NoData, DeliveryPlans.Assess(target, new MetricDefinition { Key = "gone", Measure = MetricMeasure.Count }, null, 0.5).Status);
        var withdrawn = DeliveryPlans.Assess(target, null, 80, 0.5);
        Assert.Equal(Rag.NoData, withdrawn.Status);
        Assert.Contains("withdrawn", withdrawn.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanTargets_AreRefusedForOfficers_UnknownMetrics_ForeignForces_AndValuesTheFieldCannotHold()
    {
        var (officer, supervisor) = (await UserAsync(Officer), await UserAsync(Supervisor));
        Task<T> As<T>(Guid user, Role[] roles, Func<DeliveryPlans, MetricCatalogue, Task<T>> work) =>
            factory.AsUserAsync(user, roles, sp => work(sp.GetRequiredService<DeliveryPlans>(), sp.GetRequiredService<MetricCatalogue>()));

        var (refused, officerErrors) = await As(officer, Officer, (p, _) => p.CreateAsync(2026, "Officer's plan"));
        Assert.Null(refused);
        Assert.NotEmpty(officerErrors);

        var (plan, _) = await As(supervisor, Supervisor, (p, _) => p.CreateAsync(2026, "Delivery plan 2026-27"));
        Assert.Empty(await As(supervisor, Supervisor, (p, _) => p.AddObjectiveAsync(plan!.Id, PlanStrand.Protect, "Reach more SMEs", "Test Supervisor")));
        var objective = (await As(supervisor, Supervisor, (p, _) => p.FindAsync(plan!.Id)))!.Objectives.Single();
        // A counted metric with a category whose values are a fixed list, so that a value outside it can be tried.
        var (metric, category) = (await As(supervisor, Supervisor, (_, c) => c.CurrentAsync())).Where(m => m.Measure == MetricMeasure.Count)
            .Select(m => (Metric: m, Category: MetricSources.Of(m.Source).Fields.FirstOrDefault(f => f.Kind == MetricFieldKind.Category && MetricSources.Of(m.Source).Choices(f.Name) is { Count: > 0 })))
            .First(x => x.Category is not null);

        PlanTarget Target(Action<PlanTarget>? change = null)
        {
            var t = new PlanTarget { MetricKey = metric.Key, TargetValue = 400, Description = "Engage 400 SMEs" };
            change?.Invoke(t);
            return t;
        }

        Assert.Contains(await As(supervisor, Supervisor, (p, _) => p.AddTargetAsync(objective.Id, Target(t => t.MetricKey = "no-such-metric"))), e => e.Field == "MetricKey");
        Assert.Contains(await As(supervisor, Supervisor, (p, _) => p.AddTargetAsync(objective.Id, Target(t => t.ForceCode = Core.Regions.PoliceReferenceData.ForcesOf("WM")[0].Code))), e => e.Field == "ForceCode");
        Assert.Contains(await As(supervisor, Supervisor, (p, _) => p.AddTargetAsync(objective.Id, Target(t => t.TargetValue = -1))), e => e.Field == "TargetValue");
        Assert.NotEmpty(await As(officer, Officer, (p, _) => p.AddTargetAsync(objective.Id, Target())));
        Assert.Contains(await As(supervisor, Supervisor, (p, _) => p.AddTargetAsync(objective.Id, Target(t => (t.BreakdownField, t.BreakdownValue) = (category!.Name, "not-a-choice")))), e => e.Field == "BreakdownValue");

        Assert.Empty(await As(supervisor, Supervisor, (p, _) => p.AddTargetAsync(objective.Id, Target())));
        var stored = (await As(supervisor, Supervisor, (p, _) => p.FindAsync(plan!.Id)))!;
        var progress = Assert.Single(await As(supervisor, Supervisor, (p, _) => p.ProgressAsync(stored)));
        Assert.Equal(metric.Name, progress.MetricName);
        Assert.NotEqual(Rag.NoData, progress.Status);
    }

    [Fact]
    public async Task Catalogue_AChangeIsANewVersion_TheOldKeptInHistory_AndRetiringRemovesItFromTheCurrent()
    {
        var coordinator = await UserAsync([Role.Coordinator]);
        Task<T> As<T>(Func<MetricCatalogue, Task<T>> work) => factory.AsUserAsync(coordinator, [Role.Coordinator], sp => work(sp.GetRequiredService<MetricCatalogue>()));
        var model = (await As(c => c.CurrentAsync())).First(m => m.Measure == MetricMeasure.Count);
        MetricDefinition Copy(string key, string name) => new()
        {
            Key = key,
            Name = name,
            Definition = model.Definition,
            Unit = model.Unit,
            Source = model.Source,
            Measure = model.Measure,
            Conditions = model.Conditions,
            Breakdowns = model.Breakdowns,
        };
        var key = "test-metric-" + Guid.NewGuid().ToString("N")[..6];

        Assert.Contains(await As(c => c.SaveAsync(Copy("Not A Key!", "Bad key"))), e => e.Field == "Key");
        Assert.Contains(await As(c => c.SaveAsync(Copy(key, " "))), e => e.Field == "Name");
        var before = await As(c => c.VersionAsync());
        Assert.Empty(await As(c => c.SaveAsync(Copy(key, "First name"))));
        Assert.Empty(await As(c => c.SaveAsync(Copy(key, "Second name"))));

        Assert.Equal(before + 2, await As(c => c.VersionAsync()));
        Assert.Equal("Second name", Assert.Single(await As(c => c.CurrentAsync()), m => m.Key == key).Name);
        var history = await As(c => c.HistoryAsync(key));
        Assert.Equal(2, history.Count);
        Assert.Contains(history, m => m.Name == "First name" && m.RetiredInVersion == before + 2);

        Assert.True(await As(c => c.RetireAsync(key)));
        Assert.DoesNotContain(await As(c => c.CurrentAsync()), m => m.Key == key);
        Assert.False(await As(c => c.RetireAsync(key)));
    }
}
