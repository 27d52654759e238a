namespace Deelwijs.Web.Incidents;

/// <summary>A report or a change of a case that cannot be accepted; the message says what to do, in Dutch.</summary>
public sealed class IncidentInputException(string message) : Exception(message);
