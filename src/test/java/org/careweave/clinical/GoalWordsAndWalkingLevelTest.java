package org.careweave.clinical;

import static org.careweave.clinical.Cases.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careweave.plan.CarePlan;
import org.careweave.plan.DischargePlan;
import org.careweave.plan.GoalItem;
import org.junit.jupiter.api.Test;

/**
 * Trial 11 defect 3. The patient's words go to the problem their goal names (WHO ICF: a school goal to walk to the
 * lunch room is done through walking, d450; AOTA OTPF-4: the client's own priorities), and a child who walks only with
 * a walking aid or a helper's hands (GMFCS E&R level III, Palisano et al. 2008) gets a balance goal and games with
 * support, not hopping or standing on one leg. Expected values are worked out from those sources, not printed output.
 */
class GoalWordsAndWalkingLevelTest {

    private static final String WORDS = "walk to the lunch room with my walker with my class";

    /** An 8-year-old outpatient with CP (G80.1), walking 50 feet at the given level, balance and handwriting deficits. */
    private static String child(int walkLevel, String devices, String goalText, String goalActivity) {
        return "{ \"caseId\": \"t\", \"asOf\": \"2026-12-02\", \"patient\": { \"birthDate\": \"2018-09-01\""
                + (devices == null ? "" : ", \"priorDevices\": [ " + devices + " ]") + " },"
                + " \"setting\": \"outpatient\", \"payer\": { \"kind\": \"medicaid\" },"
                + " \"conditions\": [ { \"category\": \"developmental\", \"code\": \"G80.1\", \"onset\": \"2019-03-01\" } ],"
                + " \"findings\": [ { \"area\": \"walk-50-feet\", \"level\": " + walkLevel + " }, { \"area\": \"balance\" },"
                + " { \"area\": \"handwriting\" } ],"
                + " \"goals\": [" + (goalText == null ? "" : " { \"text\": \"" + goalText + "\", \"activity\": \""
                        + goalActivity + "\" } ") + "],"
                + " \"orders\": [ { \"discipline\": \"pt\", \"date\": \"2026-11-01\" },"
                + " { \"discipline\": \"ot\", \"date\": \"2026-11-01\" } ] }";
    }

    private static List<GoalItem> carrying(CarePlan p, String words) {
        return p.goals().stream().filter(g -> words.equals(g.patientWords())).toList();
    }

    private static List<String> homeProgram(CarePlan p) {
        return p.discharge().homeProgram().stream().map(DischargePlan.HomeProgramEntry::text).toList();
    }

    private static String balanceGoal(CarePlan p) {
        return p.goals().stream().filter(g -> g.area().equals("balance") && g.term().equals("long")).findFirst()
                .orElseThrow().text();
    }

    @Test
    void aSchoolGoalThatNamesWalkingIsCarriedByPtsWalkingProblemOnly() {
        List<GoalItem> goals = carrying(plan(child(3, null, WORDS, "school")), WORDS);
        // walking (d450) is PT's problem; handwriting serves school but the words do not name it
        assertEquals(1, goals.size(), goals.toString());
        assertEquals("pt", goals.get(0).discipline());
        assertEquals("walk-50-feet", goals.get(0).area());
    }

    @Test
    void aSchoolGoalThatNamesNoActivityKeepsTheActivityLinks() {
        // no word of goal-words.csv: school's first link, handwriting (goal-areas.csv directness 1 rank 1), carries it
        String words = "be with my class all day";
        List<GoalItem> goals = carrying(plan(child(3, null, words, "school")), words);
        assertEquals(List.of("handwriting"), goals.stream().map(GoalItem::area).toList());
    }

    @Test
    void aGoalNamingWalkingAndWritingIsCarriedByBothDisciplines() {
        String words = "walk to class and write my spelling words";
        List<GoalItem> goals = carrying(plan(child(3, null, words, "school")), words);
        assertEquals(List.of("ot:handwriting", "pt:walk-50-feet"),
                goals.stream().map(g -> g.discipline() + ":" + g.area()).sorted().toList());
    }

    @Test
    void aWordInsideAnotherWordNamesNothing() {
        // "sidewalk" is no walking word: whole words only, so school's link (handwriting) carries it
        String words = "draw on the sidewalk with chalk";
        List<GoalItem> goals = carrying(plan(child(3, null, words, "school")), words);
        assertEquals(List.of("handwriting"), goals.stream().map(GoalItem::area).toList());
    }

    @Test
    void aChildWalkingWithAHelpersHandsGetsStandingBalanceWithSupport() {
        CarePlan p = plan(child(3, null, null, null));
        String goal = balanceGoal(p);
        assertTrue(goal.contains("with the walking aid or a steady surface to hold"), goal);
        assertFalse(goal.contains("standing on one leg"), goal);
        assertFalse(goal.contains("hopping"), goal);
        List<String> hp = homeProgram(p);
        assertTrue(hp.stream().anyMatch(t -> t.startsWith("Standing games every day")), hp.toString());
        assertTrue(hp.stream().noneMatch(t -> t.contains("hopscotch")), hp.toString());
    }

    @Test
    void aChildWhoUsedAWalkerGetsBalanceWithSupportEvenAtSupervision() {
        // GG0110 walker: a hand-held mobility device, GMFCS E&R level III whatever the help level
        String goal = balanceGoal(plan(child(4, "\"walker\"", null, null)));
        assertTrue(goal.contains("with the walking aid or a steady surface to hold"), goal);
    }

    @Test
    void aChildWhoWalksWithSupervisionAndNoAidKeepsThePlayGoal() {
        // GG 04 is no hands-on help and no device is recorded: GMFCS I-II, the playground goal and games stay
        CarePlan p = plan(child(4, null, null, null));
        assertTrue(balanceGoal(p).contains("standing on one leg to kick a ball"), balanceGoal(p));
        assertTrue(homeProgram(p).stream().anyMatch(t -> t.contains("hopscotch")), homeProgram(p).toString());
    }
}
