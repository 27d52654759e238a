using Deelwijs.Core.Text;

namespace Deelwijs.Core.Engine;

/// <summary>
/// A detector that looks phrases up word by word: the engine marks once per post which words can start one
/// (<see cref="DetectionContext.MayStartAt"/>), so it skips the rest without a lookup. When every finding starts at such
/// a word, a post without any (<see cref="DetectionContext.MayStartAnywhere"/>) needs no look at all.
/// </summary>
internal interface IStartWordDetector : IDetector
{
    /// <summary>Every folded word a phrase can start with, and every stem (IsStem) of a word it can start with.</summary>
    IEnumerable<StartWord> StartWords { get; }
}
