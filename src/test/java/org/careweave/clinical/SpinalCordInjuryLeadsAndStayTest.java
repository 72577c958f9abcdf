package org.careweave.clinical;

import static org.careweave.clinical.Cases.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.careweave.plan.CarePlan;
import org.careweave.plan.ProblemItem;
import org.careweave.plan.Reason;
import org.careweave.plan.ScheduleItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trial 11 finding 10, with values worked out from the sources rather than read off the plan. Who leads the arm in
 * tetraplegia: OT (SCIRehab OT taxonomy, Ozelie et al. 2009: upper-limb strengthening, range of motion and hand function
 * in OT's sessions; PT taxonomy, Natale et al. 2009: mobility, transfers, wheelchair skills, gait), so a cervical lesion
 * (S14.1, G82.5) gives the upper limb's strength and range of motion to OT; a thoracic lesion leaves the arm PT's. How
 * long an IRF plan after a spinal cord injury runs: 26.2 days on average over 47,153 US stays (Granger et al. 2012),
 * 3.7 weeks, so 4 weeks of 5 visits (20 weekdays) rather than the 2-week default, short-term goals at half, 2 weeks.
 */
class SpinalCordInjuryLeadsAndStayTest {

    private static CarePlan irf(String code, String findings) {
        return plan("{ \"caseId\": \"x\", \"asOf\": \"2026-12-01\", \"patient\": { \"birthDate\": \"1985-05-05\" },"
                + " \"setting\": \"inpatient-rehab\", \"payer\": { \"kind\": \"medicare-part-a\" },"
                + " \"conditions\": [ { \"category\": \"spinal-cord-injury\", \"code\": \"" + code + "\", \"onset\": \"2026-11-10\" } ],"
                + " \"findings\": [" + findings + "],"
                + " \"home\": { \"livesAlone\": false, \"entryStairs\": 0, \"bathroom\": \"walk-in-shower\", \"help\": \"full-time\" },"
                + " \"orders\": [ { \"discipline\": \"pt\", \"date\": \"2026-11-25\" }, { \"discipline\": \"ot\", \"date\": \"2026-11-25\" } ] }");
    }

    private static final String ARM_AND_LEG = "{ \"area\": \"strength\", \"score\": 3, \"region\": \"upper-limb\", \"side\": \"both\" },"
            + " { \"area\": \"range-of-motion\", \"region\": \"upper-limb\", \"side\": \"right\" },"
            + " { \"area\": \"strength\", \"score\": 3, \"region\": \"lower-limb\", \"side\": \"both\" },"
            + " { \"area\": \"chair-bed-transfer\", \"level\": 2 }, { \"area\": \"eating\", \"level\": 3 }";

    private static ProblemItem problem(CarePlan p, String area, String region) {
        return p.problems().stream().filter(pr -> pr.area().equals(area) && region.equals(pr.region())).findFirst()
                .orElseThrow(() -> new AssertionError(area + " " + region + " not a problem: " + p.problems()));
    }

    private static ScheduleItem schedule(CarePlan p, String discipline) {
        return p.schedule().stream().filter(s -> s.discipline().equals(discipline)).findFirst().orElseThrow();
    }

    private static String because(List<Reason> reasons) {
        return reasons.stream().map(Reason::because).collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "S14.156A", "S14.125D", "S14.111A", "G82.54" })
    void aCervicalLesionGivesTheArmsStrengthAndRangeToOtAndKeepsTheLegsWithPt(String code) {
        CarePlan p = irf(code, ARM_AND_LEG);
        assertEquals("ot", problem(p, "strength", "upper-limb").lead(), code);
        assertEquals("ot", problem(p, "range-of-motion", "upper-limb").lead(), code);
        assertEquals("pt", problem(p, "strength", "lower-limb").lead(), code);
        assertTrue(because(problem(p, "strength", "upper-limb").reasons()).contains("tenodesis"),
                because(problem(p, "strength", "upper-limb").reasons()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "S24.154A", "S34.112D", "G82.21" })
    void aThoracicOrLumbarLesionLeavesTheArmWithPt(String code) {
        CarePlan p = irf(code, ARM_AND_LEG);
        assertEquals("pt", problem(p, "strength", "upper-limb").lead(), code);
        assertEquals("pt", problem(p, "range-of-motion", "upper-limb").lead(), code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "S14.156A", "S24.154A", "S34.112D", "G82.21", "G82.54" })
    void aSpinalCordInjuryInInpatientRehabilitationIsPlannedForFourWeeks(String code) {
        CarePlan p = irf(code, ARM_AND_LEG);
        for (String d : List.of("pt", "ot")) {
            ScheduleItem s = schedule(p, d);
            assertEquals(5, s.visitsPerWeek(), d);   // 42 CFR 412.622(a)(3)(ii): at least 5 days a week
            assertEquals(4, s.weeks(), d);           // 26.2 days / 7 = 3.7 weeks, rounded up to whole weeks: 4
            assertTrue(because(s.reasons()).contains("Granger et al. 2012"), because(s.reasons()));
        }
        assertTrue(p.goals().stream().filter(g -> g.term().equals("long")).allMatch(g -> g.weeks() == 4), p.goals().toString());
        assertTrue(p.goals().stream().filter(g -> g.term().equals("short")).allMatch(g -> g.weeks() == 2), p.goals().toString());
    }

    @Test
    void aSpinalCordInjuryOutsideInpatientRehabilitationKeepsTheSettingsRow() {
        CarePlan p = plan("{ \"caseId\": \"x\", \"asOf\": \"2026-12-01\", \"patient\": { \"birthDate\": \"1985-05-05\" },"
                + " \"setting\": \"outpatient\", \"payer\": { \"kind\": \"medicare-part-b\" },"
                + " \"conditions\": [ { \"category\": \"spinal-cord-injury\", \"code\": \"S24.154D\", \"onset\": \"2026-05-10\" } ],"
                + " \"findings\": [ { \"area\": \"chair-bed-transfer\", \"level\": 4 } ],"
                + " \"home\": { \"livesAlone\": false, \"entryStairs\": 0, \"help\": \"part-time\" },"
                + " \"orders\": [ { \"discipline\": \"pt\", \"date\": \"2026-11-25\" } ] }");
        assertEquals(3, schedule(p, "pt").visitsPerWeek());   // frequency.csv outpatient PT default 3 x 4
        assertEquals(4, schedule(p, "pt").weeks());
        assertTrue(!because(schedule(p, "pt").reasons()).contains("Granger"), because(schedule(p, "pt").reasons()));
    }
}
