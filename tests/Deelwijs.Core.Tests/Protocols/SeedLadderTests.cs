using System.Text.RegularExpressions;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Core.Tests.Protocols;

/// <summary>The ladders of the five seed protocols: complete, from light to heavy, and true to law and cao.</summary>
public sealed class SeedLadderTests
{
    public static TheoryData<string> Seeds => new(ProtocolCatalog.Ids);

    private static Protocol Seed(string id)
    {
        Assert.True(ProtocolCatalog.TryGet(id, out var protocol));
        return protocol;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryLadder_HasAPoliceDecisionAndInspectieNoticeWhereItSuspends(string id)
    {
        var ladders = Seed(id).Ladders;

        foreach (var ladder in new[] { ladders.Pupils, ladders.Staff })
        {
            Assert.Contains(ladder.Steps, s => s.Type.Code == "police-decision" && s.Mandatory);
        }

        Assert.Contains(ladders.Pupils.Steps, s => s.Type.Code == "suspension");
        Assert.Contains(ladders.Pupils.Steps, s => s.Type.Code == "inspectie-notice" && s.Mandatory);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryLadder_GoesFromLightToHeavy(string id)
    {
        foreach (var ladder in new[] { Seed(id).Ladders.Pupils, Seed(id).Ladders.Staff })
        {
            var rungs = ladder.Steps.Where(s => !s.Type.IsTriggered).Select(s => s.Type.Severity).ToList();
            Assert.Equal(rungs.Order(), rungs);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EverySanctionArticle_IsCitedByALadder_AndEveryIncidentArticleByReporting(string id)
    {
        var protocol = Seed(id);
        var ladders = new[] { protocol.Ladders.Pupils, protocol.Ladders.Staff };
        var cited = ladders.SelectMany(l => l.Rules.Concat(l.Steps.SelectMany(s => s.Rules))).ToHashSet();

        Assert.All(protocol.Rules.Where(r => r.Workflow == "sanction"), r => Assert.Contains(r.Id, cited));
        Assert.All(protocol.Rules.Where(r => r.Workflow == "incident"), r => Assert.Contains(r.Id, protocol.Reporting.Rules));
    }

    [Theory]
    [InlineData("johan-de-witt", LabourAgreement.CaoVo)]
    [InlineData("konot", LabourAgreement.CaoPo)]
    [InlineData("ssoe", LabourAgreement.CaoPo)]
    [InlineData("asko", LabourAgreement.CaoPo)]
    [InlineData("de-regenboog", LabourAgreement.CaoPo)]
    public void StaffMeasures_AreThoseOfTheSeedsLabourAgreement(string id, LabourAgreement agreement)
    {
        var ladders = Seed(id).Ladders;

        Assert.Equal(agreement, ladders.LabourAgreement);
        var types = ladders.Staff.Steps.Select(s => s.Type.Code).ToList();
        Assert.Contains("written-reprimand", types);
        Assert.Contains("staff-suspension", types);
        Assert.Equal(agreement == LabourAgreement.CaoVo, types.Contains("salary-withholding"));
    }

    [Theory]
    [InlineData("ssoe", "ssoe/4.2")]
    [InlineData("asko", "asko/D.2")]
    public void SsoeAndAsko_CallTheVertrouwensinspecteurForGrensoverschrijdendStaffConduct(string id, string article)
    {
        var step = Assert.Single(Seed(id).Ladders.Staff.Steps, s => s.Type.Code == "vertrouwensinspecteur-call");

        Assert.Equal(StepCondition.Grensoverschrijdend, step.When);
        Assert.Equal([article], step.Rules);
        Assert.Contains("0900-1113111", step.Type.Instruction);
    }

    [Fact]
    public void Ssoe_StaffMeasuresAreTakenWithTheBoardsKnowledge()
    {
        var step = Assert.Single(Seed("ssoe").Ladders.Staff.Steps, s => s.Type.Code == "board-informed");

        Assert.Equal(StepCondition.StaffMeasure, step.When);
        Assert.Equal(["ssoe/4.3"], step.Rules);
    }

    [Fact]
    public void EveryStepType_NamesItsSourceWithoutArticleNumbers()
    {
        Assert.All(StepTypes.All, type =>
        {
            Assert.False(string.IsNullOrWhiteSpace(type.Source), type.Code);
            Assert.DoesNotMatch(new Regex(@"\bart(ikel|\.)?\s*\d", RegexOptions.IgnoreCase), type.Source);
        });
        Assert.All(StepTypes.All.Where(t => t.Kind == StepKind.Measure && t.Audiences.Contains(LadderAudience.Staff)),
            type => Assert.Matches("cao|Burgerlijk Wetboek", type.Source));
    }
}
