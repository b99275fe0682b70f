using Microsoft.Extensions.DependencyInjection;

namespace ProtectHub.Core.Lessons;

public static class LessonsServices
{
    /// <summary>Lessons learnt from investigations, their review, and the national library.</summary>
    public static IServiceCollection AddLessons(this IServiceCollection services)
    {
        services.AddScoped<LessonWriting>();
        services.AddScoped<LessonReview>();
        services.AddScoped<LessonLibrary>();
        return services;
    }
}
