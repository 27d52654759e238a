using System.Text;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Protocols;
using Deelwijs.Core.Rosters;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Deelwijs.Core.Tests.Specs;

/// <summary>Runs the example posts of every *.spec.yaml file against the protocol they name.</summary>
public sealed class ProtocolSpecTests
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Specs"), "*.spec.yaml"))
        {
            foreach (var specCase in Load(path).Cases)
            {
                data.Add(Path.GetFileName(path), specCase.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Example_post_gets_the_expected_verdict_and_findings(string file, string name)
    {
        var spec = Load(Path.Combine(AppContext.BaseDirectory, "Specs", file));
        var example = spec.Cases.Single(c => c.Name == name);

        var result = EngineFor(spec).Check(RequestFor(example));

        var found = string.Join("; ", result.Findings.Select(f => $"{f.Kind} '{f.Excerpt}' [{string.Join(",", f.Rules)}]"));
        Assert.True(example.Verdict == result.Verdict.Code(), $"verdict {result.Verdict.Code()}, expected {example.Verdict}; found: {found}");
        Assert.True(
            example.Findings.Select(f => f.Kind).Order().SequenceEqual(result.Findings.Select(f => f.Kind).Order()),
            $"expected kinds [{string.Join(", ", example.Findings.Select(f => f.Kind))}]; found: {found}");
        foreach (var expected in example.Findings)
        {
            var actual = result.Findings.Where(f => f.Kind == expected.Kind).ToList();
            if (expected.Excerpt is not null)
            {
                Assert.True(actual.Any(f => f.Excerpt == expected.Excerpt), $"{expected.Kind}: expected excerpt '{expected.Excerpt}'; found: {found}");
            }

            foreach (var rule in expected.Rules)
            {
                Assert.True(actual.Any(f => f.Rules.Contains(rule)), $"{expected.Kind}: expected rule {rule}; found: {found}");
            }
        }
    }

    private static SpecFile Load(string path) => Yaml.Deserialize<SpecFile>(File.ReadAllText(path));

    private static CheckEngine EngineFor(SpecFile spec)
    {
        Assert.True(ProtocolCatalog.TryGet(spec.Protocol, out var protocol), $"unknown protocol {spec.Protocol}");
        var builder = new EngineBuilder(protocol);
        if (spec.Roster.Count > 0)
        {
            var csv = "soort;voornaam;tussenvoegsel;achternaam\n" + string.Join('\n', spec.Roster);
            builder.WithRoster(RosterCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "spec"));
        }

        spec.SchoolNames.ForEach(n => builder.WithSchoolName(n));
        return builder.Build();
    }

    private static CheckRequest RequestFor(SpecCase example)
    {
        var request = new CheckRequest(example.Text) { NegativeThread = example.NegativeThread, DuringLesson = example.DuringLesson };
        if (example.Channel is not null)
        {
            Assert.True(ContractCodes.TryParseChannel(example.Channel, out var channel), example.Channel);
            request = request with { Channel = channel };
        }

        if (example.Role is not null)
        {
            Assert.True(ContractCodes.TryParseRole(example.Role, out var role), example.Role);
            request = request with { Role = role };
        }

        if (example.Context is not null)
        {
            Assert.True(ContractCodes.TryParseContext(example.Context, out var context), example.Context);
            request = request with { Context = context };
        }

        if (example.ReplyTo is not null)
        {
            Assert.True(ContractCodes.TryParseReplyTo(example.ReplyTo, out var replyTo), example.ReplyTo);
            request = request with { ReplyTo = replyTo };
        }

        return request;
    }
}
