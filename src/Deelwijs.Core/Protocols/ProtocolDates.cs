namespace Deelwijs.Core.Protocols;

/// <summary>When the protocol was adopted by the management or board and by the (G)MR, and when it is evaluated.</summary>
public sealed record ProtocolDates(DateOnly? AdoptedByManagement, DateOnly? AdoptedByGmr, DateOnly? Evaluation);
