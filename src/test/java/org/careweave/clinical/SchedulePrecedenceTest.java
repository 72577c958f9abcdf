package org.careweave.clinical;

import static org.careweave.clinical.Cases.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careweave.TestRules;
import org.careweave.internal.engine.Planner;
import org.careweave.io.CaseReader;
import org.careweave.plan.CarePlan;
import org.careweave.plan.DischargePlan;
import org.careweave.plan.GoalItem;
import org.careweave.plan.Reason;
import org.careweave.plan.ScheduleItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One mechanism picks a discipline's schedule: each rule says when its frequency.csv row applies, and the row of
 * highest {@code precedence} (frequency.csv's column and comment) is the schedule, its reason naming the labelled rows
 * that applied and came second. The fresh-user trial of the merge (trial-int-26 cases v08, v09, v15) and a rules
 * folder with one more row show the order and that a new population needs a row, not a rule edit.
 */
class SchedulePrecedenceTest {

    private static final String CUFF_REPAIR = "{ \"code\": \"M75.101\", \"category\": \"orthopedic-surgery\", \"onset\": \"2026-10-20\" }";
    private static final String MI_6_MONTHS = "{ \"code\": \"I21.4\", \"category\": \"cardiac\", \"onset\": \"2026-06-01\" }";
    private static final String CONCUSSION = "{ \"code\": \"S06.0X0D\", \"category\": \"vestibular\", \"onset\": \"2026-10-30\" }";
    private static final String BPPV = "{ \"code\": \"H81.11\", \"category\": \"vestibular\", \"onset\": \"2026-11-01\" }";
    private static final String SHOULDER = "{ \"area\": \"range-of-motion\", \"region\": \"upper-limb\", \"side\": \"right\", \"score\": 90 },"
            + " { \"area\": \"strength\", \"region\": \"upper-limb\", \"side\": \"right\", \"score\": 3 }";
    private static final String VESTIBULAR = "{ \"area\": \"balance\", \"score\": 50 }, { \"area\": \"walk-uneven-surfaces\", \"level\": 5 },"
            + " { \"area\": \"vision\" }";
    private static final String ENDURANCE = "{ \"area\": \"endurance\", \"score\": 300 }";

    /** The trial's cases: a 65-year-old (v08) or 46-year-old outpatient, commercial payer, PT and OT ordered. */
    private static String trialCase(String birthDate, String conditions, String findings) {
        return "{ \"caseId\": \"v\", \"asOf\": \"2026-11-25\", \"patient\": { \"birthDate\": \"" + birthDate + "\" },"
                + " \"setting\": \"outpatient\", \"payer\": { \"kind\": \"commercial\" },"
                + " \"conditions\": [ " + conditions + " ], \"findings\": [ " + findings + " ],"
                + " \"orders\": [ { \"discipline\": \"pt\", \"date\": \"2026-11-10\" }, { \"discipline\": \"ot\", \"date\": \"2026-11-10\" } ] }";
    }

    private static ScheduleItem onlyPt(CarePlan p) {
        List<ScheduleItem> pt = p.schedule().stream().filter(s -> s.discipline().equals("pt")).toList();
        assertEquals(1, pt.size(), "one PT schedule: " + p.schedule());
        return pt.get(0);
    }

    private static String because(ScheduleItem s) {
        return String.join(" | ", s.reasons().stream().map(Reason::because).toList());
    }

    /**
     * Trial finding 7 (v08): a rotator cuff repair 5 weeks after surgery with an infarction 6 months ago got PT once a
     * week for 4 weeks beside cardiac rehabilitation. The programme trains the heart, not the repaired shoulder, so
     * the protocol's 2 visits a week for 12 weeks (Thigpen et al. 2016) is the schedule, the goals look to week 12,
     * the reason says the weekly PT beside the programme was considered, and the programme is still recommended.
     */
    @Test
    void aRotatorCuffRepairAfterAnInfarctionFollowsTheRepairsProtocolBesideCardiacRehabilitation() {
        CarePlan p = plan(trialCase("1960-01-01", CUFF_REPAIR + ", " + MI_6_MONTHS, SHOULDER + ", " + ENDURANCE));
        ScheduleItem pt = onlyPt(p);
        assertEquals(2, pt.visitsPerWeek());
        assertEquals(12, pt.weeks());
        assertTrue(because(pt).startsWith("outpatient: 2 visits a week for 12 weeks (after rotator cuff repair"), because(pt));
        assertTrue(because(pt).endsWith("; it comes before weekly PT beside cardiac rehabilitation for what the programme"
                + " does not cover (1 visit a week for 4 weeks), which also applies"), because(pt));
        assertEquals("A protocol after surgery or injury sets how often and how long the discipline sees the patient",
                pt.reasons().get(0).rule());
        for (GoalItem g : p.goals()) {
            if (g.term().equals("long")) {
                assertEquals(12, g.weeks(), g.text());
            }
        }
        assertEquals(List.of("cardiac-rehab"),
                p.discharge().referrals().stream().map(DischargePlan.ReferralItem::to).toList());
    }

    /** v09: the same with a concussion: the protocol comes before weekly vestibular visits and the cardiac row. */
    @Test
    void aConcussionWithARepairAndAnInfarctionFollowsTheRepairsProtocol() {
        ScheduleItem pt = onlyPt(plan(trialCase("1980-03-10", CONCUSSION + ", " + MI_6_MONTHS + ", " + CUFF_REPAIR,
                VESTIBULAR + ", " + SHOULDER + ", " + ENDURANCE)));
        assertEquals(2, pt.visitsPerWeek());
        assertEquals(12, pt.weeks());
        assertTrue(because(pt).endsWith("; it comes before weekly vestibular rehabilitation (1 visit a week for 6 weeks)"
                + " and weekly PT beside cardiac rehabilitation for what the programme does not cover (1 visit a week"
                + " for 4 weeks), which also apply"), because(pt));
    }

    /**
     * Trial finding 2 (v15): positional vertigo beside a concussion fell back to 3 a week for 4 weeks. PT leads balance
     * and the concussion's visual symptoms, so vertigo's own episode (balance alone) does not apply and the weekly
     * vestibular schedule does; with nothing else applying, its reason names no other row.
     */
    @Test
    void positionalVertigoBesideAConcussionsOtherProblemsIsWeeklyVestibularRehabilitation() {
        CarePlan p = plan(trialCase("1980-03-10", CONCUSSION + ", " + BPPV, VESTIBULAR));
        assertEquals("pt", p.leadOf("vision"));
        ScheduleItem pt = onlyPt(p);
        assertEquals(1, pt.visitsPerWeek());
        assertEquals(6, pt.weeks());
        assertTrue(because(pt).startsWith("outpatient in vestibular rehabilitation: 1 visit a week for 6 weeks"), because(pt));
        assertFalse(because(pt).contains("comes before"), because(pt));
    }

    private static final String RELEASE = "{ \"code\": \"G56.01\", \"category\": \"carpal-tunnel\", \"onset\": \"2026-11-05\" },"
            + " { \"code\": \"Z48.811\", \"category\": \"carpal-tunnel\", \"onset\": \"2026-11-05\" }";
    private static final String ME_CFS = "{ \"code\": \"G93.32\", \"category\": \"deconditioning\", \"onset\": \"2025-03-01\" }";
    private static final String HAND = "{ \"area\": \"pain\", \"region\": \"hand\", \"side\": \"right\", \"score\": 4 },"
            + " { \"area\": \"strength\", \"region\": \"hand\", \"side\": \"right\", \"score\": 4 }";
    private static final String PEM_LIMIT = "; it keeps within the limit of the spaced visits post-exertional malaise calls"
            + " for (at most 1 visit a week), which also applies";

    private static ScheduleItem onlyOt(CarePlan p) {
        List<ScheduleItem> ot = p.schedule().stream().filter(s -> s.discipline().equals("ot")).toList();
        assertEquals(1, ot.size(), "one OT schedule: " + p.schedule());
        return ot.get(0);
    }

    /**
     * Trial-int-27 finding 3 (x01): post-exertional malaise's row is a cap (frequency.csv kind), so the uncomplicated
     * release's home programme, 1 visit a week for 2 weeks, no more frequent than the cap's 1 a week, keeps its own
     * schedule and its goals' 2 weeks (was 1 a week for 8 weeks), and the reason says the limit holds.
     */
    @Test
    void postExertionalMalaiseLeavesTheReleasesLighterHomeProgrammeItsOwnTwoWeeks() {
        CarePlan p = plan(trialCase("1950-03-10", RELEASE + ", " + ME_CFS, HAND));
        ScheduleItem ot = onlyOt(p);
        assertEquals(1, ot.visitsPerWeek());
        assertEquals(2, ot.weeks());
        assertTrue(because(ot).startsWith("outpatient: 1 visit a week for 2 weeks (after carpal tunnel release without a"
                + " complication"), because(ot));
        assertTrue(because(ot).endsWith(PEM_LIMIT), because(ot));
        for (GoalItem g : p.goals()) {
            if (g.term().equals("long")) {
                assertEquals(2, g.weeks(), g.text());
            }
        }
    }

    /**
     * The other side of the cap: a release with a complication (stiffness of the hand) calls for supervised therapy at
     * the setting's 2 visits a week, more than post-exertional malaise's 1, so the malaise's own row replaces it.
     */
    @Test
    void postExertionalMalaiseReplacesTheMoreFrequentSupervisedTherapyOfAComplicatedRelease() {
        ScheduleItem ot = onlyOt(plan(trialCase("1950-03-10", RELEASE + ", " + ME_CFS, HAND
                + ", { \"area\": \"range-of-motion\", \"region\": \"hand\", \"side\": \"right\" }")));
        assertEquals(1, ot.visitsPerWeek());
        assertEquals(8, ot.weeks());
        assertTrue(because(ot).startsWith("outpatient with post-exertional malaise: 1 visit a week for 8 weeks"), because(ot));
        assertTrue(because(ot).endsWith("; it comes before the home programme after carpal tunnel release (2 visits a week"
                + " for 4 weeks), which also applies"), because(ot));
    }

    /** The cap is the table's: the malaise rows set back to kind schedule give the old answer, their 8 weeks. */
    @Test
    void theCapIsTheFrequencyTablesKindColumn(@TempDir Path dir) throws IOException {
        Path rules = rulesCopy(dir);
        Path f = rules.resolve("tables/frequency.csv");
        String text = Files.readString(f);
        assertTrue(text.contains(",the spaced visits post-exertional malaise calls for,cap"), "the shipped malaise rows");
        Files.writeString(f, text.replace(",the spaced visits post-exertional malaise calls for,cap",
                ",the spaced visits post-exertional malaise calls for,schedule"));
        ScheduleItem ot = onlyOt(Planner.fromDirectory(rules).plan(CaseReader.read(
                trialCase("1950-03-10", RELEASE + ", " + ME_CFS, HAND))));
        assertEquals(1, ot.visitsPerWeek());
        assertEquals(8, ot.weeks());
        assertFalse(because(ot).contains("keeps within"), because(ot));
    }

    /**
     * Trial-int-27 finding 5 (v20): positional vertigo beside a concussion with balance the only problem. The
     * concussion tells what the balance finding is, so vertigo's 2-week repositioning row does not apply: weekly
     * vestibular rehabilitation for 6 weeks, the concussion's goal due then, and the repositioning (95992) still planned.
     */
    @Test
    void positionalVertigoBesideAConcussionWithBalanceAloneIsTheConcussionsVestibularEpisode() {
        CarePlan p = plan(trialCase("1980-03-10", CONCUSSION + ", " + BPPV, "{ \"area\": \"balance\", \"score\": 50 }"));
        assertEquals("pt", p.leadOf("balance"));
        ScheduleItem pt = onlyPt(p);
        assertEquals(1, pt.visitsPerWeek());
        assertEquals(6, pt.weeks());
        assertTrue(because(pt).startsWith("outpatient in vestibular rehabilitation: 1 visit a week for 6 weeks"), because(pt));
        assertTrue(p.interventions().stream().anyMatch(i -> i.discipline().equals("pt") && i.code().equals("95992")),
                String.valueOf(p.interventions()));
        GoalItem balance = p.goals().stream().filter(g -> g.area().equals("balance") && g.term().equals("long")
                && !g.text().contains("(positional vertigo)")).findFirst().orElseThrow();
        assertEquals(6, balance.weeks());
        assertTrue(balance.text().contains("Dizziness Handicap Inventory"), balance.text());
    }

    /** Positional vertigo alone with balance alone keeps its own 2 visits a week for 2 weeks. */
    @Test
    void positionalVertigoAloneKeepsItsShortRepositioningEpisode() {
        ScheduleItem pt = onlyPt(plan(trialCase("1980-03-10", BPPV, "{ \"area\": \"balance\", \"score\": 50 }")));
        assertEquals(2, pt.visitsPerWeek());
        assertEquals(2, pt.weeks());
    }

    /** A copy of the rules folder whose tables a test may edit. */
    private static Path rulesCopy(Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        TestRules.copyTree(TestRules.RULES, rules);
        return rules;
    }

    private static void append(Path rules, String table, String row) throws IOException {
        Path f = rules.resolve("tables/" + table + ".csv");
        String text = Files.readString(f);
        Files.writeString(f, text + (text.endsWith("\n") ? "" : "\n") + row + "\n");
    }

    /**
     * A new protocol is rows only: an aftercare code, its precaution's words and vocabulary entries, and a frequency
     * row with a precedence between the shipped protocols' (40) and a condition's own episode (50). No rule names it,
     * yet it is the schedule beside the vestibular and cardiac rows, and its reason names both.
     */
    @Test
    void aNewPopulationRowWithAPrecedenceNeedsNoRuleEdit(@TempDir Path dir) throws IOException {
        Path rules = rulesCopy(dir);
        append(rules, "aftercare", "shoulder-arthroplasty,orthopedic-surgery,Z96.61,12,upper-limb,shoulder,\"a test protocol\"");
        append(rules, "precaution-texts", "shoulder-arthroplasty,,,\"After shoulder arthroplasty: a test text\",within a test,body-function,a test,");
        append(rules, "vocabulary", "plan-precaution,shoulder-arthroplasty,a test precaution");
        append(rules, "vocabulary", "column:frequency.population,shoulder-arthroplasty,a test population");
        append(rules, "frequency", "outpatient,pt,2,10,\"a test protocol row\",shoulder-arthroplasty,,,45,the test protocol,");
        String arthroplasty = "{ \"code\": \"Z96.611\", \"category\": \"orthopedic-surgery\", \"onset\": \"2026-10-20\" }";
        String json = trialCase("1980-03-10", CONCUSSION + ", " + MI_6_MONTHS + ", " + arthroplasty,
                VESTIBULAR + ", " + SHOULDER + ", " + ENDURANCE);
        ScheduleItem shipped = onlyPt(plan(json));
        assertEquals(1, shipped.visitsPerWeek(), "the shipped rules: vestibular rehabilitation");
        assertEquals(6, shipped.weeks());
        ScheduleItem pt = onlyPt(Planner.fromDirectory(rules).plan(CaseReader.read(json)));
        assertEquals(2, pt.visitsPerWeek());
        assertEquals(10, pt.weeks());
        assertEquals("outpatient: 2 visits a week for 10 weeks (a test protocol row); it comes before weekly vestibular"
                + " rehabilitation (1 visit a week for 6 weeks) and weekly PT beside cardiac rehabilitation for what the"
                + " programme does not cover (1 visit a week for 4 weeks), which also apply", because(pt));
    }

    /** The order is the column's: vestibular rehabilitation placed above the protocols wins over a rotator cuff repair. */
    @Test
    void raisingARowsPrecedenceInTheTableChangesWhichScheduleApplies(@TempDir Path dir) throws IOException {
        Path rules = rulesCopy(dir);
        Path f = rules.resolve("tables/frequency.csv");
        String text = Files.readString(f);
        String vestibular = ",vestibular-rehab,,,30,weekly vestibular rehabilitation";
        assertTrue(text.contains(vestibular), "the shipped vestibular row");
        Files.writeString(f, text.replace(vestibular, ",vestibular-rehab,,,45,weekly vestibular rehabilitation"));
        String json = trialCase("1980-03-10", CONCUSSION + ", " + CUFF_REPAIR, VESTIBULAR + ", " + SHOULDER);
        assertEquals(12, onlyPt(plan(json)).weeks(), "the shipped order: the protocol");
        ScheduleItem pt = onlyPt(Planner.fromDirectory(rules).plan(CaseReader.read(json)));
        assertEquals(1, pt.visitsPerWeek());
        assertEquals(6, pt.weeks());
        assertTrue(because(pt).endsWith("; it comes before the protocol after rotator cuff repair (2 visits a week for 12"
                + " weeks), which also applies"), because(pt));
    }
}
