using System.Text.RegularExpressions;
using Deelwijs.Core.Incidents;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Core.Tests.Protocols;

/// <summary>docs/protocol-format.md and the reader agree: its example is valid and it lists every code the reader accepts.</summary>
public sealed partial class ProtocolFormatDocTests
{
    private static readonly Lazy<string> Doc = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Deelwijs.slnx")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return File.ReadAllText(Path.Combine(dir.FullName, "docs", "protocol-format.md"));
    });

    [Fact]
    public void TheCompleteExample_IsAValidProtocolWithLadders()
    {
        var example = YamlBlock().Match(Doc.Value).Groups[1].Value;

        var protocol = ProtocolReader.Parse(example, "protocol-format.md");

        Assert.Contains(protocol.Ladders.Pupils.Steps, s => s.Type.Code == "conversation-teacher");
    }

    [Fact]
    public void EveryStepTypeAndCategory_IsDocumented()
    {
        Assert.All(StepTypes.All, type => Assert.Contains($"| `{type.Code}` |", Doc.Value));
        Assert.All(IncidentCategories.All, category => Assert.Contains($"| `{category.Code()}` | {category.Label()} |", Doc.Value));
    }

    [GeneratedRegex("```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
