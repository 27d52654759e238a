namespace Deelwijs.Core.Engine;

/// <summary>A draft that cannot be checked as given; the message is Dutch and says what is wrong.</summary>
public sealed class CheckInputException(string message) : Exception(message);
