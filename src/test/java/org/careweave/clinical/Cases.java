package org.careweave.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.careweave.TestRules;
import org.careweave.io.CaseReader;
import org.careweave.plan.CarePlan;
import org.careweave.plan.DischargePlan;
import org.careweave.plan.DisciplineDecision;
import org.careweave.plan.GoalItem;
import org.careweave.plan.Reason;

/** Small JSON cases for the clinical tests, read through the strict reader and planned with the real rules. */
final class Cases {

    private Cases() {}

    /** An adult outpatient case with the given conditions, findings, goals and home (JSON array/object bodies). */
    static String json(String conditions, String findings, String goals, String home) {
        return "{ \"caseId\": \"t\", \"asOf\": \"2026-11-20\","
                + " \"patient\": { \"birthDate\": \"1950-01-01\" },"
                + " \"setting\": \"outpatient\", \"payer\": { \"kind\": \"medicare-part-b\" },"
                + " \"conditions\": [" + conditions + "], \"findings\": [" + findings + "],"
                + " \"goals\": [" + goals + "]" + (home == null ? "" : ", \"home\": " + home) + " }";
    }

    /**
     * A case of the given date the plan is made for, patient's birth date (null: not given), setting and payer kind,
     * with the bodies of its conditions, findings and orders arrays ({@link #condition(String, String, String)},
     * {@link #order(String, String)}).
     */
    static String json(String asOf, String birthDate, String setting, String payer, String conditions,
            String findings, String orders) {
        return "{ \"caseId\": \"t\", \"asOf\": \"" + asOf + "\","
                + (birthDate == null ? "" : " \"patient\": { \"birthDate\": \"" + birthDate + "\" },")
                + " \"setting\": \"" + setting + "\", \"payer\": { \"kind\": \"" + payer + "\" },"
                + " \"conditions\": [ " + conditions + " ], \"findings\": [ " + findings + " ],"
                + " \"orders\": [ " + orders + " ] }";
    }

    /** A condition with its ICD-10-CM code (null: none), category and onset date. */
    static String condition(String code, String category, String onset) {
        return "{ " + (code == null ? "" : "\"code\": \"" + code + "\", ") + "\"category\": \"" + category
                + "\", \"onset\": \"" + onset + "\" }";
    }

    /** A therapy order of a discipline on a date. */
    static String order(String discipline, String date) {
        return "{ \"discipline\": \"" + discipline + "\", \"date\": \"" + date + "\" }";
    }

    /** The codes a discipline plans for an area, sorted. */
    static Set<String> codes(CarePlan plan, String discipline, String area) {
        return plan.interventions().stream().filter(i -> i.discipline().equals(discipline) && i.area().equals(area))
                .map(i -> i.code()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The one long-term goal of an area (failing when there is none or more than one). */
    static GoalItem longGoal(CarePlan plan, String area) {
        List<GoalItem> goals = plan.goals().stream()
                .filter(g -> g.area().equals(area) && "long".equals(g.term())).toList();
        assertEquals(1, goals.size(), "one long-term goal for " + area + ": " + goals);
        return goals.get(0);
    }

    /**
     * What the problem list says of an area a limit gives no goal this episode (plan/no-goal.drl): the one reason of
     * its problem that it is not a goal of this plan, failing when the area has any goal or no such reason.
     */
    static String noGoal(CarePlan plan, String area) {
        assertEquals(List.of(), plan.goals().stream().filter(g -> g.area().equals(area)).toList(), "no goal for " + area);
        List<String> said = plan.problems().stream().filter(p -> p.area().equals(area))
                .flatMap(p -> p.reasons().stream()).map(r -> r.because())
                .filter(b -> b.contains(" is not a goal of this plan")).toList();
        assertEquals(1, said.size(), "one reason saying " + area + " is no goal: " + said);
        return said.get(0);
    }

    static CarePlan plan(String json) {
        return TestRules.planner().plan(CaseReader.read(json));
    }

    static CarePlan plan(String conditions, String findings) {
        return plan(json(conditions, findings, "", null));
    }

    static String condition(String category) {
        return "{ \"category\": \"" + category + "\" }";
    }

    static boolean indicated(CarePlan plan, String discipline) {
        return plan.discipline(discipline).indicated();
    }

    static String reasons(DisciplineDecision d) {
        return String.join(" | ", d.reasons().stream().map(Reason::because).toList());
    }

    /** A Section GG finding: the area and its level (01-06, or the 07/09/10/88 not-attempted codes). */
    static String gg(String area, int level) {
        return "{ \"area\": \"" + area + "\", \"level\": " + level + " }";
    }

    /** The discharge equipment of a plan, in plan order (none when the plan has no discharge section). */
    static List<DischargePlan.Equipment> equipment(CarePlan plan) {
        return plan.discharge() == null ? List.of() : plan.discharge().equipment();
    }

    /** The discharge equipment's item names, sorted. */
    static Set<String> equipmentItems(CarePlan plan) {
        return equipment(plan).stream().map(DischargePlan.Equipment::item).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The discharge equipment entry of one item (failing when the plan has none). */
    static DischargePlan.Equipment equipmentItem(CarePlan plan, String item) {
        return equipment(plan).stream().filter(e -> e.item().equals(item)).findFirst().orElseThrow();
    }
}
