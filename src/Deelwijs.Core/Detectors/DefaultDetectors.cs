using Deelwijs.Core.Engine;

namespace Deelwijs.Core.Detectors;

/// <summary>The detectors every engine uses, in the order they run.</summary>
internal static class DefaultDetectors
{
    public static IEnumerable<IDetector> Create(EngineSetup setup)
    {
        yield break;
    }
}
