using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Detectors.Names;

/// <summary>A roster person found in the text: who (when only one person fits), of what kind, and in which form.</summary>
internal readonly record struct NameHit(Person? Person, PersonKind Kind, NameForm Form);
