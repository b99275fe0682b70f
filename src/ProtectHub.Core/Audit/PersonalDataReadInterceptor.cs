using Microsoft.EntityFrameworkCore.Diagnostics;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Audit;

/// <summary>Tells the context's <see cref="PersonalDataReadTracker"/> about every personal record EF materialises.</summary>
internal sealed class PersonalDataReadInterceptor : IMaterializationInterceptor
{
    public static readonly PersonalDataReadInterceptor Instance = new();

    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        if (entity is IPersonalData record && materializationData.Context is ProtectHubDbContext db)
        {
            db.ReadTracker.Saw(record);
        }

        return entity;
    }
}
