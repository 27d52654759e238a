namespace Deelwijs.Core.Engine;

/// <summary>Finds one or more finding kinds in a draft; built once per engine and called from many threads.</summary>
public interface IDetector
{
    /// <summary>The finding kinds this detector can report; it is skipped when none of them applies.</summary>
    IReadOnlyList<string> Kinds { get; }

    void Detect(DetectionContext context);
}
