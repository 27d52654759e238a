namespace Deelwijs.Cli.Hosting;

/// <summary>The command line or its input cannot be used; the message is Dutch and says what and where (exit 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
