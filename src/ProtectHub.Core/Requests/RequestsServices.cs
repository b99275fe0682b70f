using Microsoft.Extensions.DependencyInjection;

namespace ProtectHub.Core.Requests;

public static class RequestsServices
{
    /// <summary>Requests for assistance and taskings: intake (with partners' secure links), triage, the work, the tasking board.</summary>
    public static IServiceCollection AddRequests(this IServiceCollection services)
    {
        services.AddScoped<RequestIntake>();
        services.AddScoped<RequestTriage>();
        services.AddScoped<RequestWork>();
        services.AddScoped<RequestList>();
        services.AddScoped<RequestEmails>();
        // The tasking board and the list's totals are shared until a request changes.
        services.AddSingleton(new Data.CountedChanges(Data.ChangeCounter.Requests, typeof(AssistanceRequest)));
        return services;
    }
}
