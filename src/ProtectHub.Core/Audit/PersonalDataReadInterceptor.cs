using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Audit;

/// <summary>
/// Makes EF create every record of personal data through <see cref="Create{T}"/>, which hands it to the context's
/// <see cref="PersonalDataReadTracker"/>: every read of personal data is noticed centrally, whatever query made it.
/// </summary>
/// <remarks>
/// This changes how the entity is constructed, once, when the model is built. It replaced a materialisation
/// interceptor, with which EF compiled a delegate for every entity it read (any entity, not only personal data): that
/// was the largest single cost of the busiest pages.
/// </remarks>
internal sealed class PersonalDataReadInterceptor : IInstantiationBindingInterceptor
{
    public static readonly PersonalDataReadInterceptor Instance = new();

    private static readonly MethodInfo CreateMethod =
        typeof(PersonalDataReadInterceptor).GetMethod(nameof(Create), BindingFlags.NonPublic | BindingFlags.Static)!;

    public InstantiationBinding ModifyBinding(InstantiationBindingInterceptionData interceptionData, InstantiationBinding binding)
    {
        var type = interceptionData.TypeBase.ClrType;
        if (!typeof(IPersonalData).IsAssignableFrom(type))
        {
            return binding;
        }

        if (binding.ParameterBindings.Count > 0 || type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new InvalidOperationException($"{type.Name} holds personal data, whose reads are audited: it needs a parameterless constructor.");
        }

        return new FactoryMethodBinding(CreateMethod.MakeGenericMethod(type), [new ContextParameterBinding(typeof(DbContext))], type);
    }

    private static T Create<T>(DbContext context) where T : class, IPersonalData, new()
    {
        var record = new T();
        if (context is ProtectHubDbContext db)
        {
            db.ReadTracker.Saw(record);
        }

        return record;
    }
}
