using Microsoft.Extensions.DependencyInjection;

namespace ProtectHub.Core.Advisories;

public static class AdvisoriesServices
{
    /// <summary>Threat advisories: writing, approval and issue, the audience and its TLP rules, the durable outbox, acknowledgements, the public feed and STIX.</summary>
    public static IServiceCollection AddAdvisories(this IServiceCollection services)
    {
        services.AddScoped<AdvisoryWriting>();
        services.AddScoped<AdvisoryAudience>();
        services.AddScoped<AdvisoryWorkflow>();
        services.AddScoped<AdvisoryOutbox>();
        services.AddScoped<AdvisoryResponses>();
        services.AddScoped<AdvisoryList>();
        services.AddScoped<TaxiiServer>();
        services.AddScoped<AdvisoryReminders>();
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section);
        services.AddSingleton<AdvisoryOutboxSignal>();
        services.AddSingleton<AcknowledgementWriter>();
        services.AddSingleton<TaxiiObjectCache>();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        return services;
    }
}
