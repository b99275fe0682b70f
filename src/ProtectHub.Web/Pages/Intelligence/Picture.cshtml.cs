using ProtectHub.Core.Intelligence;

namespace ProtectHub.Web.Pages.Intelligence;

public sealed class PictureModel(ThreatPicture picture) : IntelligencePageModel
{
    public ThreatPicture.Picture Picture { get; private set; } = null!;

    public async Task OnGetAsync() => Picture = await picture.OfRegionAsync();
}
