using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;

namespace Deelwijs.Core.Detectors.Logo;

/// <summary>The school's logo in media for a private account (Konot dont.9): the author says so, or the file is named as a logo.</summary>
internal sealed class PrivateProfileLogoDetector : IDetector
{
    public IReadOnlyList<string> Kinds { get; } = [FindingKinds.LogoPrivateProfile];

    public void Detect(DetectionContext context)
    {
        if (context.Request.Channel != Channel.PrivateAccount)
        {
            return;
        }

        foreach (var item in context.Request.Media)
        {
            if (item.ShowsSchoolLogo || item.FileName.Contains("logo", StringComparison.OrdinalIgnoreCase))
            {
                context.ReportPostEach(FindingKinds.LogoPrivateProfile,
                    $"Op '{item.FileName}' staat het logo van de school. Het schoollogo hoort niet op een privéprofiel: dan lijkt het alsof de school iets zegt.",
                    "Gebruik beeld zonder logo, of plaats dit via het account van de school.");
            }
        }
    }
}
