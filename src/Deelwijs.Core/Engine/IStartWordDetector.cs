namespace Deelwijs.Core.Engine;

/// <summary>
/// A detector whose every finding starts at the first word of one of its phrases: the engine marks once per post
/// which words can start one (<see cref="DetectionContext.MayStartAt"/>), so it skips the rest without a lookup.
/// </summary>
internal interface IStartWordDetector : IDetector
{
    /// <summary>Every folded word a finding can start with, and every stem (IsStem) of a word it can start with.</summary>
    IEnumerable<(string Word, bool IsStem)> StartWords { get; }
}
