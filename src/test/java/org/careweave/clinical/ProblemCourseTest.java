package org.careweave.clinical;

import static org.careweave.clinical.Cases.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careweave.plan.CarePlan;
import org.careweave.plan.DischargePlan.HomeProgramEntry;
import org.careweave.plan.GoalItem;
import org.careweave.plan.PrecautionItem;
import org.careweave.plan.ScheduleItem;
import org.junit.jupiter.api.Test;

/**
 * The course of each problem over time (rules/plan/course.drl, tables/recent-onset.csv) and the schedules that
 * depend on a condition's onset and code (rules/plan/cardiac-rehab.drl, tables/programme-conditions.csv;
 * rules/plan/post-exertional-malaise.drl). Targets worked out by hand from goals.drl's longTarget: a partial course
 * aims at most two Section GG levels above today's, never past the prior level; a maintain course keeps today's.
 */
class ProblemCourseTest {

    private static final String AS_OF = "2026-11-20";

    private static String json(String setting, String conditions, String findings, String extra) {
        return "{ \"caseId\": \"t\", \"asOf\": \"" + AS_OF + "\", \"patient\": { \"birthDate\": \"1940-01-01\" },"
                + " \"setting\": \"" + setting + "\", \"payer\": { \"kind\": \"medicare-part-b\" },"
                + " \"conditions\": [" + conditions + "], \"findings\": [" + findings + "]" + extra + " }";
    }

    private static String condition(String code, String category, String onset) {
        return "{ \"code\": \"" + code + "\", \"category\": \"" + category + "\", \"onset\": \"" + onset + "\" }";
    }

    private static final String DEMENTIA = condition("F03.90", "dementia", "2020-01-01");

    /** Walking 50 feet GG 02, GG 05 before. */
    private static final String WALKING = "{ \"area\": \"walk-50-feet\", \"level\": 2, \"priorLevel\": 5 }";

    private static GoalItem longGoal(CarePlan p, String area) {
        return p.goals().stream().filter(g -> g.area().equals(area) && "long".equals(g.term())).findFirst()
                .orElseThrow(() -> new AssertionError("no long-term goal for " + area + ": " + p.goals()));
    }

    private static int walkingTarget(String injury) {
        CarePlan p = plan(json("outpatient", DEMENTIA + ", " + injury, WALKING, ""));
        return longGoal(p, "walk-50-feet").target().value().intValue();
    }

    private static List<ScheduleItem> schedules(CarePlan p, String discipline) {
        return p.schedule().stream().filter(s -> s.discipline().equals(discipline)).toList();
    }

    /**
     * 52 weeks before 2026-11-20 is 2025-11-21: a hip fracture on that day is still recent (partial course: 02 to
     * 04); one day older it is history and dementia's maintain course keeps walking at 02. The old rules made both 04.
     */
    @Test
    void aHipFractureIsANewInjuryOnDementiaForItsYearOfRecoveryOnly() {
        assertEquals(4, walkingTarget(condition("S72.001D", "hip-fracture", "2025-11-21")));
        assertEquals(2, walkingTarget(condition("S72.001S", "hip-fracture", "2025-11-20")));
    }

    /** A fracture years ago, newer than the dementia, does not make today's goals restorative. */
    @Test
    void aFractureYearsAgoNewerThanDementiaIsPartOfTheHistory() {
        assertEquals(2, walkingTarget(condition("S82.891S", "fracture", "2022-06-01")));
        // a recent one: the fracture's full course aims at the prior level, 05
        assertEquals(5, walkingTarget(condition("S82.891D", "fracture", "2026-10-01")));
    }

    /**
     * Without asOf the plan's date is the latest date the case mentions (PlanDate: here the order of 2026-11-15), so a
     * fracture of 2022 is as old without asOf as with it.
     */
    @Test
    void withoutAsOfTheWindowRunsToTheLatestDateTheCaseMentions() {
        String json = json("outpatient", DEMENTIA + ", " + condition("S72.001S", "hip-fracture", "2022-06-01"), WALKING,
                ", \"orders\": [ { \"discipline\": \"pt\", \"date\": \"2026-11-15\" } ]")
                .replace("\"asOf\": \"" + AS_OF + "\", ", "");
        assertEquals(2, longGoal(plan(json), "walk-50-feet").target().value().intValue());
    }

    /**
     * A fall three weeks ago with walking GG 04, GG 06 before: a decline, so walking follows the fall's partial
     * course (04 to 06). The same fall with no level before recorded, or 13 weeks ago, keeps walking at 04.
     */
    @Test
    void aRecentFallIsANewInjuryOnDementiaOnlyWithADeclineFromBefore() {
        String declined = "{ \"area\": \"walk-150-feet\", \"level\": 4, \"priorLevel\": 6 }";
        String unknown = "{ \"area\": \"walk-150-feet\", \"level\": 4 }";
        String recent = condition("W19.XXXA", "fall", "2026-10-30");
        String old = condition("W19.XXXA", "fall", "2026-08-20");
        assertEquals(6, longGoal(plan(json("home-health", DEMENTIA + ", " + recent, declined, "")), "walk-150-feet")
                .target().value().intValue());
        assertEquals(4, longGoal(plan(json("home-health", DEMENTIA + ", " + recent, unknown, "")), "walk-150-feet")
                .target().value().intValue());
        assertEquals(4, longGoal(plan(json("home-health", DEMENTIA + ", " + old, declined, "")), "walk-150-feet")
                .target().value().intValue());
    }

    /**
     * Dementia's method is said once to each discipline that leads one of the injury's problems (a training-method
     * precaution), and no goal repeats it; the old rules put it on all of the injury's goals.
     */
    @Test
    void theDementiaMethodIsSaidOncePerDisciplineNotOnEveryGoal() {
        String findings = WALKING + ", { \"area\": \"lower-body-dressing\", \"level\": 2, \"priorLevel\": 5 },"
                + " { \"area\": \"toilet-transfer\", \"level\": 3, \"priorLevel\": 6 }";
        CarePlan p = plan(json("skilled-nursing", DEMENTIA + ", " + condition("S72.001D", "hip-fracture", "2026-11-10"),
                findings, ""));
        for (GoalItem g : p.goals()) {
            assertFalse(g.text().contains("errorless"), g.id() + ": " + g.text());
        }
        List<PrecautionItem> method = p.precautions().stream().filter(x -> x.kind().equals("training-method")).toList();
        assertEquals(1, method.size(), p.precautions().toString());
        assertEquals(List.of("pt", "ot"), method.get(0).disciplines());
        assertTrue(method.get(0).text().startsWith("Training new tasks with dementia: errorless learning"),
                method.get(0).text());
    }

    private static final String CARDIAC_FINDINGS = "{ \"area\": \"endurance\", \"score\": 280 },"
            + " { \"area\": \"twelve-steps\", \"level\": 4 }";

    private static ScheduleItem ptSchedule(String conditions, String findings) {
        List<ScheduleItem> pt = schedules(plan(json("outpatient", conditions, findings, "")), "pt");
        assertEquals(1, pt.size(), "one PT schedule: " + pt);
        return pt.get(0);
    }

    /** An MI 11 months ago is within the 12 months cardiac rehabilitation covers (PT weekly); 13 months ago is not. */
    @Test
    void ptIsWeeklyBesideCardiacRehabilitationOnlyWithinTwelveMonthsOfTheHeartAttack() {
        assertEquals(1, ptSchedule(condition("I21.4", "cardiac", "2025-12-20"), CARDIAC_FINDINGS).visitsPerWeek());
        assertEquals(3, ptSchedule(condition("I21.4", "cardiac", "2025-10-20"), CARDIAC_FINDINGS).visitsPerWeek());
    }

    /** A heart condition the programme is not covered for (atherosclerotic heart disease without angina). */
    @Test
    void aHeartConditionOutsideTheProgrammesConditionsKeepsTheSettingsFrequency() {
        assertEquals(3, ptSchedule(condition("I25.10", "cardiac", "2026-09-01"), CARDIAC_FINDINGS).visitsPerWeek());
    }

    /** BPPV, balance all PT leads, six weeks after an MI: BPPV's own episode (2 a week for 2 weeks) is the one schedule. */
    @Test
    void aConditionsOwnEpisodeComesBeforeTheCardiacRehabilitationPopulation() {
        ScheduleItem s = ptSchedule(condition("H81.11", "vestibular", "2026-11-10") + ", "
                + condition("I21.4", "cardiac", "2026-10-09"), "{ \"area\": \"balance\", \"score\": 47 }");
        assertEquals(2, s.visitsPerWeek());
        assertEquals(2, s.weeks());
    }

    /**
     * ME/CFS in home health: each discipline once a week over the 30-day period (not the home-health default of 2),
     * and a home programme of energy management, not "the exercises practised, once a day".
     */
    @Test
    void postExertionalMalaiseHasItsOwnFrequencyAndHomeProgramme() {
        CarePlan p = plan(json("home-health", condition("G93.32", "deconditioning", "2026-06-01"),
                "{ \"area\": \"endurance\", \"score\": 280 }, { \"area\": \"housekeeping\" }", ""));
        for (String d : List.of("pt", "ot")) {
            List<ScheduleItem> s = schedules(p, d);
            assertEquals(1, s.size(), d + ": " + s);
            assertEquals(1, s.get(0).visitsPerWeek(), d);
            assertEquals(4, s.get(0).weeks(), d);
        }
        List<HomeProgramEntry> home = p.discharge().homeProgram();
        assertTrue(home.stream().anyMatch(h -> h.discipline().equals("pt")
                && h.text().startsWith("Keep each day's activity within the energy limits")), home.toString());
        assertTrue(home.stream().noneMatch(h -> h.text().contains("once a day")), home.toString());
    }
}
