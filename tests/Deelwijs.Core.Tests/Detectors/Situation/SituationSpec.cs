using Deelwijs.Core.Checks;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using CheckReplyTo = Deelwijs.Core.Checks.ReplyTo;

namespace Deelwijs.Core.Tests.Detectors.Situation;

/// <summary>Reads the *.spec.yaml examples of a situation detector: a draft, its situation and the excerpts expected.</summary>
public sealed class SituationSpec
{
    public string Name { get; set; } = "";
    public string Text { get; set; } = "";
    public string Channel { get; set; } = "private-account";
    public string Role { get; set; } = "staff";
    public string? ReplyTo { get; set; }
    public bool NegativeThread { get; set; }
    public bool DuringLesson { get; set; }

    /// <summary>The excerpts of the findings expected, in text order; empty when the draft must pass.</summary>
    public List<string> Expect { get; set; } = [];

    public static IReadOnlyList<SituationSpec> Load(string path)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        return deserializer.Deserialize<List<SituationSpec>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, path)));
    }

    public static TheoryData<string> Names(string path)
    {
        var data = new TheoryData<string>();
        foreach (var spec in Load(path))
        {
            data.Add(spec.Name);
        }

        return data;
    }

    public static void Verify(string path, string name, string kind)
    {
        var spec = Load(path).Single(s => s.Name == name);
        Assert.True(ContractCodes.TryParseChannel(spec.Channel, out var channel), spec.Channel);
        Assert.True(ContractCodes.TryParseRole(spec.Role, out var role), spec.Role);
        var replyTo = CheckReplyTo.None;
        Assert.True(spec.ReplyTo is null || ContractCodes.TryParseReplyTo(spec.ReplyTo, out replyTo), spec.ReplyTo);
        var request = new CheckRequest(spec.Text)
        {
            Channel = channel, Role = role, ReplyTo = replyTo, NegativeThread = spec.NegativeThread, DuringLesson = spec.DuringLesson,
        };

        var findings = SituationProtocol.Check(kind, request);

        Assert.Equal(spec.Expect, findings.Select(f => f.Excerpt ?? "").ToList());
    }
}
