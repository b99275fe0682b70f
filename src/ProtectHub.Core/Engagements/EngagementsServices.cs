using Microsoft.Extensions.DependencyInjection;

namespace ProtectHub.Core.Engagements;

public static class EngagementsServices
{
    /// <summary>Engagements, with their feedback forms, event registrations and officers' calendars.</summary>
    public static IServiceCollection AddEngagements(this IServiceCollection services)
    {
        services.AddScoped<EngagementDirectory>();
        services.AddScoped<EngagementChoices>();
        services.AddSingleton(new Data.CountedChanges(Data.ChangeCounter.Engagements, typeof(Engagement)));
        services.AddScoped<Feedback.FeedbackForms>();
        services.AddScoped<Registrations.EventRegistrations>();
        services.AddScoped<Registrations.AttendanceImport>();
        services.AddScoped<Imports.IRecordImport>(sp => sp.GetRequiredService<Registrations.AttendanceImport>());
        services.AddScoped<Calendar.OfficerCalendar>();
        return services;
    }
}
