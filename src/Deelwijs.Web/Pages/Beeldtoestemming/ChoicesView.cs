using Deelwijs.Core.Consent;
using Deelwijs.Web.Consent;

namespace Deelwijs.Web.Pages.Beeldtoestemming;

/// <summary>What the _Keuzes partial shows: one person's current choices per purpose, editable or read only (then with a table caption).</summary>
public sealed record ChoicesView(int PersonId, IReadOnlyList<ConsentPurpose> Purposes, CurrentChoices Choices, bool Editable, string Caption = "");
