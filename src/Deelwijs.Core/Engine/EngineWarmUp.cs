using System.Runtime;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Protocols;
using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Engine;

/// <summary>Prepares, in the background, what every engine needs whatever its protocol, while a program still reads the protocol.</summary>
public static class EngineWarmUp
{
    // Posts that take every detector through its usual path once: names, numbers, addresses, dates and language.
    private static readonly string[] Posts =
    [
        "Wat een mooie schoolreis met groep 6B! Bel 06-12345678 of mail info@school.nl voor de foto's.",
        "Ik vind het echt kanker dat jij zo'n k4nk3r opmerking maakt, sukkel. Vuile rotzak, ik maak je af.",
        "Ze woont op de Dorpsstraat 12 in Utrecht, is geboren op 3 maart 2015 en heeft ADHD; IBAN NL91ABNA0417164300, BSN 111222333.",
        "Dit is vertrouwelijk: de ouders weten het nog niet. Ik twijfel of ik dit mag delen namens de school.",
    ];

    /// <summary>
    /// Starts building and using a throwaway engine, so that building the real one finds the shared word lists loaded
    /// and the check code compiled. The task never fails: a warm-up that goes wrong only saves less time. A program
    /// compiled ahead of time (the published CLI) has nothing to compile, so there it would only cost processor time.
    /// </summary>
    public static Task Start() => JitInfo.GetCompiledMethodCount() == 0 ? Task.CompletedTask : Task.Run(Run);

    private static void Run()
    {
        try
        {
            var engine = new EngineBuilder(WarmUpProtocol()).WithRoster(SyntheticRoster.Generate(50)).Build();
            foreach (var role in (Role[])[Role.Staff, Role.Pupil])
            {
                foreach (var post in Posts)
                {
                    engine.Check(new CheckRequest(post) { Role = role });
                }
            }
        }
        catch (Exception)
        {
            // Only warming up: the real engine is built and checked on its own, and reports its own problems.
        }
    }

    // One rule that binds every kind of finding for everyone, so that every detector is built and called.
    private static Protocol WarmUpProtocol()
    {
        var checks = FindingKinds.All.ToDictionary(kind => kind, _ => FindingAction.Change, StringComparer.Ordinal);
        var rule = new ProtocolRule("warm-up/1", "1", "", ["staff", "pupil"], RuleContext.All, Modality.Forbidden, Enforcement.Check,
            null, checks, null);
        return new Protocol("warm-up", "", "", "", new ProtocolDates(null, null, null), [], new Dictionary<Channel, IReadOnlyList<string>>(), [rule]);
    }
}
