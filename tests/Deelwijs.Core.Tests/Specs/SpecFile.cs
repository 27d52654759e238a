namespace Deelwijs.Core.Tests.Specs;

/// <summary>A file of example posts for one protocol with the findings a careful reader expects.</summary>
public sealed class SpecFile
{
    public string Protocol { get; set; } = "";
    public List<string> Roster { get; set; } = [];
    public List<string> SchoolNames { get; set; } = [];
    public List<SpecCase> Cases { get; set; } = [];
}

public sealed class SpecCase
{
    public string Name { get; set; } = "";
    public string Text { get; set; } = "";
    public string? Channel { get; set; }
    public string? Role { get; set; }
    public string? Context { get; set; }
    public string? ReplyTo { get; set; }
    public bool NegativeThread { get; set; }
    public bool DuringLesson { get; set; }
    public string Verdict { get; set; } = "";
    public List<SpecFinding> Findings { get; set; } = [];

    public override string ToString() => Name;
}

public sealed class SpecFinding
{
    public string Kind { get; set; } = "";
    public string? Excerpt { get; set; }
    public List<string> Rules { get; set; } = [];
}
