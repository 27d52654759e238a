namespace Deelwijs.Web.Demo;

/// <summary>Configuration section <c>Deelwijs:Demo</c>: whether to create the demo organisation, and its API key.</summary>
public sealed class DemoOptions
{
    public const string Section = "Deelwijs:Demo";

    /// <summary>Create the demo organisation on an empty database even outside Development (same as <c>--demo</c>).</summary>
    public bool Enabled { get; set; }

    /// <summary>When set, the first demo school gets this API key (stored hashed).</summary>
    public string? ApiKey { get; set; }
}
