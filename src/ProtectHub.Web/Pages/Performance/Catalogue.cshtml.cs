using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ProtectHub.Core.Performance;
using ProtectHub.Web.Access;

namespace ProtectHub.Web.Pages.Performance;

/// <summary>The metric catalogue in force: what each figure counts, in plain English, and how it is worked out.</summary>
public sealed class CatalogueModel(MetricCatalogue catalogue, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<MetricDefinition> Metrics { get; private set; } = [];
    public int Version { get; private set; }
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync()
    {
        Metrics = await catalogue.CurrentAsync();
        Version = await catalogue.VersionAsync();
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.ManageMetrics)).Succeeded;
    }

    public static string Describe(MetricDefinition m)
    {
        var source = MetricSources.Of(m.Source);
        var what = m.Measure switch
        {
            MetricMeasure.Count => "Count of",
            MetricMeasure.Sum => $"Total {source.Field(m.ValueField!)?.Label.ToLowerInvariant()} over",
            MetricMeasure.Mean => $"Mean {source.Field(m.ValueField!)?.Label.ToLowerInvariant()} over",
            MetricMeasure.Median => $"Median {source.Field(m.ValueField!)?.Label.ToLowerInvariant()} over",
            _ => "Percentage of",
        };
        var conditions = m.Conditions.Count == 0 ? "" : $" where {string.Join(" and ", m.Conditions)}";
        var share = m.Measure == MetricMeasure.Share ? $" with {string.Join(" and ", m.ShareConditions)}" : "";
        return $"{what} {source.Label.ToLowerInvariant()}{conditions}{share}.";
    }
}
