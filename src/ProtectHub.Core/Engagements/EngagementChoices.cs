using ProtectHub.Core.Access;
using ProtectHub.Core.Partners;

namespace ProtectHub.Core.Engagements;

/// <summary>What an engagement's form may offer: the region's forces, officers, topics, campaigns and organisations.</summary>
public sealed class EngagementChoices(EngagementDirectory directory, OrganisationNames organisations, Colleagues colleagues, ActingScope acting)
{
    public sealed record Lists(
        string RegionCode,
        IReadOnlyList<(Guid Id, string Name)> Officers,
        IReadOnlyList<ManagedListItem> Topics,
        IReadOnlyList<ManagedListItem> Campaigns,
        IReadOnlyList<(Guid Id, string Name)> Organisations);

    /// <summary>
    /// A region may hold 100,000 organisations, far too many to list: the form offers the ones already chosen plus the
    /// 100 most recently recorded, and an organisation's own page plans an engagement with it chosen; attendance marked
    /// at the event adds the attendees' organisations too.
    /// </summary>
    public async Task<Lists> LoadAsync(IReadOnlyCollection<Guid> chosenOrganisations) => new(
        acting.Current.RegionCode,
        await colleagues.WorkingOfficersAsync(),
        await directory.ListAsync(ManagedListKind.Topic),
        await directory.ListAsync(ManagedListKind.Campaign),
        await organisations.ChosenAndRecentAsync(chosenOrganisations, 100));
}
