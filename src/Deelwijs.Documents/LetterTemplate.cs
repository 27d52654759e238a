namespace Deelwijs.Documents;

/// <summary>An editable Dutch letter: plain text with <c>{{velden}}</c>, blank lines between paragraphs, <c>**vet**</c> and <c>- </c> for a list item.</summary>
/// <param name="Code">A stable code (<c>suspension-parents</c>) under which a school stores its own version.</param>
/// <param name="Title">What the letter is, as a school reads it in a list ("Melding aan ouders van schorsing").</param>
public sealed record LetterTemplate(string Code, string Title, string Body);
