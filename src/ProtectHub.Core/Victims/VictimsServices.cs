using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Imports;

namespace ProtectHub.Core.Victims;

public static class VictimsServices
{
    /// <summary>Victim referrals: the queue, import, repeat-victim linkage, letters, satisfaction and retention.</summary>
    public static IServiceCollection AddVictims(this IServiceCollection services)
    {
        services.AddScoped<ReferralQueue>();
        services.AddScoped<ReferralAssignment>();
        services.AddScoped<ReferralCasework>();
        services.AddScoped<ReferralRuleBook>();
        services.AddScoped<ReferralImport>();
        services.AddScoped<IRecordImport>(sp => sp.GetRequiredService<ReferralImport>());
        services.AddScoped<RepeatVictims>();
        services.AddScoped<FollowUpLetters>();
        services.AddScoped<ReferralRetention>();
        services.AddScoped<Data.IRetentionRule>(sp => sp.GetRequiredService<ReferralRetention>());
        services.AddScoped<VictimSatisfaction>();
        // Save reaction: every save that changes referrals moves the shared change counter on.
        services.AddSingleton(new Data.CountedChanges(Data.ChangeCounter.Referrals, typeof(VictimReferral)));
        return services;
    }
}
