using System.Runtime.ExceptionServices;
using Deelwijs.Core.Detectors;
using Deelwijs.Core.Protocols;
using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Engine;

/// <summary>Collects a protocol, a roster and extra school names, and builds an immutable <see cref="CheckEngine"/>.</summary>
public sealed class EngineBuilder(Protocol protocol)
{
    private readonly List<string> schoolNames = [];
    private readonly List<Func<EngineSetup, IDetector>> extraDetectors = [];
    private Roster roster = Roster.Empty;

    public EngineBuilder WithRoster(Roster value)
    {
        roster = value;
        return this;
    }

    /// <summary>Adds a name or alias by which posts mention the school (besides the protocol's own names).</summary>
    public EngineBuilder WithSchoolName(string name)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            schoolNames.Add(name.Trim());
        }

        return this;
    }

    public EngineBuilder WithDetector(Func<EngineSetup, IDetector> create)
    {
        extraDetectors.Add(create);
        return this;
    }

    public CheckEngine Build()
    {
        var setup = new EngineSetup(protocol, roster, [.. protocol.AllSchoolNames, .. schoolNames]);

        // Building a detector is mostly compiling its code and reading its word lists, which several cores share.
        var defaults = DefaultDetectors.Create().ToArray();
        var detectors = new IDetector[defaults.Length];
        try
        {
            Parallel.For(0, defaults.Length, i => detectors[i] = defaults[i](setup));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        return new CheckEngine(setup, [.. detectors, .. extraDetectors.Select(create => create(setup))]);
    }
}
