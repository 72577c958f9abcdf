package org.careweave.clinical;

import static org.careweave.clinical.Cases.condition;
import static org.careweave.clinical.Cases.json;
import static org.careweave.clinical.Cases.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Thresholds from tables/finding-thresholds.csv, checked at their boundaries; goals and home facts. */
class NeedsTest {

    private static String lead(String findings, String area) {
        return plan("", findings).leadOf(area);
    }

    @Test
    void aSectionGgItemAtLevelFourIsANeedAndAtLevelFiveIsNot() {
        assertEquals("pt", lead("{ \"area\": \"sit-to-stand\", \"level\": 4 }", "sit-to-stand"));
        assertNull(lead("{ \"area\": \"sit-to-stand\", \"level\": 5 }", "sit-to-stand"));
    }

    @Test
    void bergFortyFiveIsFallRiskAndFortySixIsNot() {
        assertEquals("pt", lead("{ \"area\": \"balance\", \"score\": 45 }", "balance"));
        assertNull(lead("{ \"area\": \"balance\", \"score\": 46 }", "balance"));
    }

    @Test
    void painFourOfTenIsANeedAndThreeIsNot() {
        assertEquals("pt", lead("{ \"area\": \"pain\", \"score\": 4 }", "pain"));
        assertNull(lead("{ \"area\": \"pain\", \"score\": 3 }", "pain"));
    }

    @Test
    void mocaTwentyFiveIsANeedAndTwentySixIsNot() {
        assertEquals("ot", lead("{ \"area\": \"cognition\", \"score\": 25 }", "cognition"));
        assertNull(lead("{ \"area\": \"cognition\", \"score\": 26 }", "cognition"));
    }

    @Test
    void aPresenceOnlyFindingIsANeed() {
        assertEquals("ot", lead("{ \"area\": \"laundry\" }", "laundry"));
    }

    @Test
    void aGoalToWorkAgainIsNoProblemWithoutAnAssessedDeficitAndIsRecordedForTheFirstVisit() {
        String goal = "{ \"text\": \"back at the shop\", \"activity\": \"work\" }";
        var p = plan(json("", "", goal, null));
        assertNull(p.leadOf("return-to-work"));
        assertNull(p.leadOf("work"));
        assertTrue(p.goals().isEmpty(), p.goals().toString());
        assertTrue(p.alerts().stream().anyMatch(a -> a.kind().equals("goal-not-assessed") && a.severity().equals("info")
                && a.message().contains("goal about work is recorded")), p.alerts().toString());
        // a return-to-work deficit recorded: OT leads it and its goal keeps the patient's words
        var assessed = plan(json("", "{ \"area\": \"return-to-work\" }", goal, null));
        assertEquals("ot", assessed.leadOf("return-to-work"));
        assertTrue(assessed.goals().stream().anyMatch(g -> g.area().equals("return-to-work")
                && "back at the shop".equals(g.patientWords())), assessed.goals().toString());
        assertTrue(assessed.alerts().stream().noneMatch(a -> a.kind().equals("goal-not-assessed")));
    }

    @Test
    void entryStepsMakeStairsANeedOnlyWhenWalkingIsLimited() {
        String home = "{ \"entryStairs\": 3 }";
        assertEquals("pt", plan(json("", "{ \"area\": \"walk-50-feet\", \"level\": 3 }", "", home))
                .leadOf("four-steps"));
        assertNull(plan(json("", "{ \"area\": \"walk-50-feet\", \"level\": 6 },"
                + " { \"area\": \"lower-body-dressing\", \"level\": 3 }", "", home)).leadOf("four-steps"));
        assertEquals("pt", plan(json("", "{ \"area\": \"walk-50-feet\", \"level\": 3 }", "",
                "{ \"entryStairs\": 8 }")).leadOf("twelve-steps"));
    }

    @Test
    void homeSetUpAndTubTransferAreNeedsAfterJointReplacementOnly() {
        String home = "{ \"bathroom\": \"tub-shower\", \"entryStairs\": 0 }";
        String findings = "{ \"area\": \"lower-body-dressing\", \"level\": 3 }";
        var hip = plan(json(condition("joint-replacement"), findings, "", home));
        assertEquals("ot", hip.leadOf("home-safety"));
        assertEquals("ot", hip.leadOf("tub-shower-transfer"));
        var other = plan(json(condition("stroke"), findings, "", home));
        assertNull(other.leadOf("home-safety"));
        assertNull(other.leadOf("tub-shower-transfer"));
    }

    @Test
    void caregiverTrainingIsANeedWhenSomeoneAtHomeHelpsWithSubstantialNeeds() {
        String findings = "{ \"area\": \"upper-body-dressing\", \"level\": 2 }";
        assertEquals("ot", plan(json("", findings, "", "{ \"livesAlone\": false }")).leadOf("caregiver-training"));
        assertNull(plan(json("", findings, "", "{ \"livesAlone\": true }")).leadOf("caregiver-training"));
        assertNull(plan(json("", "{ \"area\": \"upper-body-dressing\", \"level\": 3 }", "",
                "{ \"livesAlone\": false }")).leadOf("caregiver-training"));
    }

    /**
     * A child's Section GG need is worded without Section GG (CMS's adult post-acute assessment): the level's assist
     * words (assist-levels.csv) and child-wording.csv's "help level"; an adult's keeps "Section GG level" (trial case 07).
     */
    @Test
    void aChildsSelfCareNeedIsWordedWithoutSectionGgAndAnAdultsKeepsIt() {
        String child = "{ \"caseId\": \"c\", \"asOf\": \"2026-11-20\", \"patient\": { \"birthDate\": \"2019-03-01\" },"
                + " \"setting\": \"outpatient\", \"findings\": [ { \"area\": \"upper-body-dressing\", \"level\": 3 } ] }";
        assertEquals("Upper-body dressing: minimal to moderate assist (help level 3 of 6)", because(plan(child)));
        String adult = json("", "{ \"area\": \"upper-body-dressing\", \"level\": 3 }", "", null);
        assertEquals("Upper-body dressing: Section GG level 3 of 6", because(plan(adult)));
    }

    private static String because(org.careweave.plan.CarePlan p) {
        return p.problems().stream().filter(x -> x.area().equals("upper-body-dressing")).findFirst().orElseThrow()
                .reasons().get(0).because();
    }
}
