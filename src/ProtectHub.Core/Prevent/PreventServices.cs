using Microsoft.Extensions.DependencyInjection;

namespace ProtectHub.Core.Prevent;

public static class PreventServices
{
    /// <summary>Cyber Prevent casework: consultations, referrals, deconfliction, consent, interventions, closure, reviews and retention.</summary>
    public static IServiceCollection AddPrevent(this IServiceCollection services)
    {
        services.AddScoped<CaseIntake>();
        services.AddScoped<Casework>();
        services.AddScoped<CaseClosure>();
        services.AddScoped<SpecialCategory>();
        services.AddScoped<PreventCaseList>();
        services.AddScoped<PreventStatistics>();
        services.AddScoped<OperationLists>();
        services.AddScoped<OperationListMatching>();
        services.AddScoped<OperationListImport>();
        services.AddScoped<Imports.IRecordImport>(sp => sp.GetRequiredService<OperationListImport>());
        services.AddScoped<PreventRetention>();
        services.AddScoped<Data.IRetentionRule>(sp => sp.GetRequiredService<PreventRetention>());
        services.AddOptions<PreventRetentionOptions>().BindConfiguration(PreventRetentionOptions.Section);
        return services;
    }
}
