using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Detectors.Names;

/// <summary>What a name phrase in the roster index stands for; <see cref="Person"/> is null when several people share it.</summary>
internal sealed record NameEntry(Person? Person, PersonKind Kind, NameForm Form, bool IsCommonWord);
