using Deelwijs.Core.Incidents;
using Deelwijs.Core.Protocols;

namespace Deelwijs.Core.Tests.Incidents;

public sealed class LadderPlannerTests
{
    private static readonly DateOnly Monday = new(2026, 10, 5);

    private static LadderPlan Plan(
        string protocolId,
        CaseSubject subject,
        CaseFacts? facts = null,
        int earlierCases = 0,
        IncidentCategory category = IncidentCategory.Cyberbullying,
        params RecordedStep[] steps)
    {
        Assert.True(ProtocolCatalog.TryGet(protocolId, out var protocol));
        return LadderPlanner.Plan(protocol, new IncidentCase(subject, category, facts ?? CaseFacts.None, steps, earlierCases));
    }

    private static RecordedStep Done(string stepId, string? outcome = "Besproken.") => new(stepId, Monday, outcome);

    [Theory]
    [InlineData("johan-de-witt", "gesprek-docent")]
    [InlineData("konot", "gesprek-leerkracht")]
    [InlineData("ssoe", "gesprek-leerkracht")]
    [InlineData("asko", "gesprek-leerkracht")]
    [InlineData("de-regenboog", "gesprek-leerkracht")]
    public void FirstPupilCase_StartsWithAMandatoryConversationWithTheTeacher(string protocolId, string stepId)
    {
        var plan = Plan(protocolId, CaseSubject.Pupil);

        var first = plan.NextSteps[0];
        Assert.Equal(stepId, first.Step.Id);
        Assert.Equal("conversation-teacher", first.Step.Type.Code);
        Assert.True(first.Mandatory);
        Assert.Equal("verplicht", first.Why);
        Assert.DoesNotContain(plan.NextSteps, s => s.Step.When == StepCondition.Repetition);
        Assert.DoesNotContain(plan.NextSteps, s => s.Step.Type.IsTriggered);
        Assert.False(plan.MayClose);
    }

    [Theory]
    [InlineData("johan-de-witt")]
    [InlineData("konot")]
    [InlineData("ssoe")]
    [InlineData("asko")]
    [InlineData("de-regenboog")]
    public void FirstStaffCase_StartsWithTheManagerAndOffersMeasuresAsOptions(string protocolId)
    {
        var plan = Plan(protocolId, CaseSubject.Staff, category: IncidentCategory.StaffBreach);

        Assert.Equal("staff-conversation", plan.NextSteps[0].Step.Type.Code);
        Assert.True(plan.NextSteps[0].Mandatory);
        var reprimand = Assert.Single(plan.NextSteps, s => s.Step.Type.Code == "written-reprimand");
        Assert.True(reprimand.IsOption);
        Assert.False(reprimand.Mandatory);
        Assert.Equal("afhankelijk van de ernst", reprimand.Why);
    }

    [Fact]
    public void Ssoe_PupilsLadder_ShowsTheStepsOfArticle44InOrder()
    {
        var plan = Plan("ssoe", CaseSubject.Pupil);

        Assert.Equal(
            ["gesprek-leerkracht", "zorgstructuur", "berichten-verwijderen", "device-in-bewaring", "waarschuwing", "schorsing", "verwijdering"],
            plan.NextSteps.Select(s => s.Step.Id));
        Assert.Equal("als het nodig is", plan.NextSteps[1].Why);
    }

    [Fact]
    public void Repetition_AddsTheConversationWithTheTeamleider()
    {
        var first = Plan("ssoe", CaseSubject.Pupil);
        var again = Plan("ssoe", CaseSubject.Pupil, earlierCases: 2);

        Assert.DoesNotContain(first.NextSteps, s => s.Step.Id == "gesprek-teamleider");
        var teamleider = Assert.Single(again.NextSteps, s => s.Step.Id == "gesprek-teamleider");
        Assert.True(teamleider.Mandatory);
        Assert.Equal("verplicht; bij herhaling (2 eerdere zaken)", teamleider.Why);
        Assert.Equal(["gesprek-leerkracht", "zorgstructuur", "gesprek-teamleider"], again.NextSteps.Take(3).Select(s => s.Step.Id));
    }

    [Theory]
    [InlineData("asko", "gesprek-directie")]
    [InlineData("de-regenboog", "gesprek-directeur")]
    [InlineData("konot", "gesprek-directeur")]
    public void Repetition_InPrimarySchools_BringsInTheDirector(string protocolId, string stepId)
    {
        var again = Plan(protocolId, CaseSubject.Pupil, earlierCases: 1);

        var director = Assert.Single(again.NextSteps, s => s.Step.Id == stepId);
        Assert.Equal("verplicht; bij herhaling (1 eerdere zaak)", director.Why);
        Assert.DoesNotContain(Plan(protocolId, CaseSubject.Pupil).NextSteps, s => s.Step.Id == stepId);
    }

    [Fact]
    public void SuspensionOfTwoDays_WithoutInspectieNotice_KeepsTheCaseOpen()
    {
        var facts = new CaseFacts(SuspensionDays: 2);

        var plan = Plan("ssoe", CaseSubject.Pupil, facts, 0, IncidentCategory.Threat, Done("gesprek-leerkracht"), Done("schorsing"));

        Assert.False(plan.MayClose);
        var notice = Assert.Single(plan.OpenMandatory);
        Assert.Equal("melding-inspectie", notice.Step.Id);
        Assert.Same(notice, plan.NextSteps[0]);
        Assert.Equal("verplicht; de leerling is langer dan een dag geschorst", notice.Why);
        Assert.Equal(
            "De zaak kan nog niet worden afgesloten: de verplichte stap 'Schorsing langer dan een dag schriftelijk melden aan de Inspectie en de ouders' "
            + "(de leerling is langer dan een dag geschorst) staat nog open.",
            plan.WhyNotClosable);
    }

    [Fact]
    public void SuspensionOfTwoDays_WithTheNoticeRecorded_MayClose()
    {
        var plan = Plan("ssoe", CaseSubject.Pupil, new CaseFacts(SuspensionDays: 2), 0, IncidentCategory.Threat,
            Done("gesprek-leerkracht"), Done("schorsing"), Done("melding-inspectie", null));

        Assert.True(plan.MayClose);
        Assert.Null(plan.WhyNotClosable);
        Assert.Contains(plan.Taken, t => t.Step.Id == "melding-inspectie");
    }

    [Fact]
    public void SuspensionOfOneDay_NeedsNoInspectieNotice()
    {
        var plan = Plan("asko", CaseSubject.Pupil, new CaseFacts(SuspensionDays: 1), 0, IncidentCategory.Threat,
            Done("gesprek-leerkracht"), Done("gesprek-ouders"), Done("schorsing"));

        Assert.True(plan.MayClose);
        Assert.DoesNotContain(plan.NextSteps, s => s.Step.Type.Code == "inspectie-notice");
    }

    [Fact]
    public void ParentCase_FollowsThePupilsLadder()
    {
        var plan = Plan("asko", CaseSubject.Parent, category: IncidentCategory.Reputation);

        Assert.Equal(LadderAudience.Pupils, plan.Ladder.Audience);
    }

    [Theory]
    [InlineData("ssoe", "ssoe/4.2")]
    [InlineData("asko", "asko/D.2")]
    public void GrensoverschrijdendStaffConduct_PromptsTheVertrouwensinspecteurFirst(string protocolId, string article)
    {
        var plan = Plan(protocolId, CaseSubject.Staff, new CaseFacts(Grensoverschrijdend: true), category: IncidentCategory.StaffBreach);

        var call = plan.NextSteps[0];
        Assert.Equal("vertrouwensinspecteur-call", call.Step.Type.Code);
        Assert.True(call.Mandatory);
        Assert.Equal([article], call.Step.Rules);
        Assert.Contains("0900-1113111", call.Step.Type.Instruction);
        Assert.Contains("grensoverschrijdend", call.Why);
        Assert.DoesNotContain(Plan(protocolId, CaseSubject.Staff).NextSteps, s => s.Step.Type.Code == "vertrouwensinspecteur-call");
    }

    [Fact]
    public void VertrouwensinspecteurCall_WithoutSummary_StaysOpen()
    {
        var facts = new CaseFacts(Grensoverschrijdend: true);

        var plan = Plan("ssoe", CaseSubject.Staff, facts, 0, IncidentCategory.StaffBreach,
            Done("gesprek-leidinggevende"), Done("vertrouwensinspecteur", outcome: " "));

        var call = Assert.Single(plan.OpenMandatory);
        Assert.True(call.OutcomeMissing);
        Assert.Contains("de uitkomst is nog niet vastgelegd", plan.WhyNotClosable);
        Assert.True(Plan("ssoe", CaseSubject.Staff, facts, 0, IncidentCategory.StaffBreach,
            Done("gesprek-leidinggevende"), Done("vertrouwensinspecteur", "Gebeld; advies: gesprek met de bestuurder.")).MayClose);
    }

    [Fact]
    public void Ssoe_StaffMeasure_NeedsTheBoardsKnowledgeBeforeTheCaseCloses()
    {
        var before = Plan("ssoe", CaseSubject.Staff, steps: Done("gesprek-leidinggevende"));
        var after = Plan("ssoe", CaseSubject.Staff, null, 0, IncidentCategory.StaffBreach, Done("gesprek-leidinggevende"), Done("berisping"));

        Assert.True(before.MayClose);
        var board = Assert.Single(after.OpenMandatory);
        Assert.Equal("bestuurder", board.Step.Id);
        Assert.Equal("verplicht; er is een maatregel tegen de medewerker genomen", board.Why);
    }

    [Theory]
    [InlineData("johan-de-witt", CaseSubject.Pupil)]
    [InlineData("konot", CaseSubject.Staff)]
    [InlineData("ssoe", CaseSubject.Pupil)]
    [InlineData("asko", CaseSubject.Staff)]
    [InlineData("de-regenboog", CaseSubject.Pupil)]
    public void PossiblyCriminal_PromptsThePoliceDecisionUnderEveryProtocol(string protocolId, CaseSubject subject)
    {
        var plan = Plan(protocolId, subject, new CaseFacts(PossiblyCriminal: true), category: IncidentCategory.Threat);

        var police = plan.NextSteps[0];
        Assert.Equal("police-decision", police.Step.Type.Code);
        Assert.Equal("verplicht; het kan om een strafbaar feit gaan", police.Why);
        Assert.True(police.Step.Type.RequiresOutcome);
    }

    [Fact]
    public void CategoryFilter_LeavesOutStepsForOtherCategories()
    {
        var hacked = Plan("ssoe", CaseSubject.Pupil, category: IncidentCategory.HackedAccount);
        var memes = Plan("ssoe", CaseSubject.Pupil, category: IncidentCategory.Memes);

        Assert.DoesNotContain(hacked.NextSteps, s => s.Step.Id == "berichten-verwijderen");
        Assert.Contains(memes.NextSteps, s => s.Step.Id == "berichten-verwijderen");
    }

    [Fact]
    public void RecordedStepNotInTheLadder_IsReportedAndCountsForNothing()
    {
        var plan = Plan("ssoe", CaseSubject.Pupil, steps: Done("oude-stap"));

        Assert.Equal("oude-stap", Assert.Single(plan.Unknown).StepId);
        Assert.Contains(plan.OpenMandatory, s => s.Step.Id == "gesprek-leerkracht");
    }

    [Fact]
    public void TwoOpenMandatorySteps_AreBothNamed()
    {
        var plan = Plan("ssoe", CaseSubject.Pupil, new CaseFacts(PossiblyCriminal: true), category: IncidentCategory.Sexting);

        Assert.Equal(2, plan.OpenMandatory.Count);
        Assert.StartsWith("De zaak kan nog niet worden afgesloten: deze verplichte stappen staan nog open: 'Besluiten over melding", plan.WhyNotClosable);
        Assert.Contains("'De leerkracht praat met de leerling over wat er gebeurde' (hoort bij elke zaak)", plan.WhyNotClosable);
    }
}
