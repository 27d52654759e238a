namespace Deelwijs.Core.Incidents;

/// <summary>A report cannot go where the reporter asked; the message says why in Dutch.</summary>
public sealed class ReportRoutingException(string message) : Exception(message);
