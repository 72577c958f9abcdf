package org.careweave.clinical;

import static org.careweave.clinical.Cases.condition;
import static org.careweave.clinical.Cases.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.careweave.plan.CarePlan;
import org.careweave.plan.GoalItem;
import org.junit.jupiter.api.Test;

/**
 * Goals a therapist would sign: a graded score names the grade from today's to the one aimed at, a range-of-motion
 * goal states its measure in degrees, and a goal is worded for the problem's body region (a hand goal speaks of grasp
 * and pinch, never of walking or stepping). Values worked out from rules/tables/score-goals.csv (gain 1, best 5),
 * functional-goals.csv and goal-course.csv (no row: partial course; dementia: maintain).
 */
class MeasurableGoalsTest {

    private static final Pattern DEGREES = Pattern.compile("\\d+°");
    private static final Pattern LEGS = Pattern.compile("(?i)\\b(walk\\w*|step\\w*|stairs?)\\b");

    private static GoalItem goal(CarePlan p, String area) {
        return p.goals().stream().filter(g -> g.area().equals(area)).findFirst()
                .orElseThrow(() -> new AssertionError("no goal for " + area + ": " + p.goals()));
    }

    private static String hand(String area, String score) {
        return "{ \"area\": \"" + area + "\", \"region\": \"hand\", \"side\": \"left\"" + (score == null ? "" : ", \"score\": " + score) + " }";
    }

    /** MMT 3 on a partial course (no condition row): one grade up, 3/5 to at least 4/5; both on the MMT scale. An arm:
     *  a hand's strength is measured by grip dynamometer instead (the test below). */
    @Test
    void aStrengthGoalNamesTheGradeFromTodaysToTheOneAimedAt() {
        GoalItem g = goal(plan("", hand("strength", "3").replace("\"hand\"", "\"upper-limb\"")), "strength");
        assertEquals("mmt-0-5", g.baseline().scale());
        assertEquals(3, g.baseline().value().intValue());
        assertEquals("mmt-0-5", g.target().scale());
        assertEquals(4, g.target().value().intValue());
        assertEquals("at least 4/5", g.target().words());
        assertTrue(g.text().contains("manual muscle test grade from 3/5 to at least 4/5"), g.text());
        assertFalse(g.text().contains("without help"), "strength is graded, not helped: " + g.text());
    }

    /** MMT 4: one grade up is 5, the scale's best, so the goal reads "to 5/5", not "at least 5/5". */
    @Test
    void aStrengthTargetNeverPassesTheBestGrade() {
        GoalItem g = goal(plan("", "{ \"area\": \"strength\", \"region\": \"lower-limb\", \"score\": 4 }"), "strength");
        assertEquals(5, g.target().value().intValue());
        assertTrue(g.text().contains("from 4/5 to 5/5"), g.text());
        assertTrue(g.text().contains("rises from a standard chair"), "the lower limb's own activity: " + g.text());
    }

    /** Dementia (maintain course): the grade is kept, not raised. */
    @Test
    void onAMaintainCourseAStrengthGoalKeepsTodaysGrade() {
        GoalItem g = goal(plan(condition("dementia"), "{ \"area\": \"strength\", \"score\": 2 }"), "strength");
        assertEquals(2, g.target().value().intValue());
        assertTrue(g.text().contains("manual muscle test grade kept at 2/5 or better"), g.text());
    }

    /** The case carries no degrees, so the goal names goniometry and the functional arc of its region in degrees. */
    @Test
    void aRangeOfMotionGoalStatesItsMeasureInDegrees() {
        CarePlan p = plan("", hand("range-of-motion", null) + ", { \"area\": \"range-of-motion\", \"region\": \"lower-limb\" },"
                + " { \"area\": \"range-of-motion\", \"region\": \"upper-limb\" }, { \"area\": \"range-of-motion\" }");
        List<GoalItem> rom = p.goals().stream().filter(g -> g.area().equals("range-of-motion")).toList();
        assertEquals(4, rom.size(), p.goals().toString());
        for (GoalItem g : rom) {
            assertTrue(g.text().contains("measured in degrees by goniometry"), g.text());
        }
        assertTrue(rom.stream().filter(g -> g.text().startsWith("Range of motion (hand)"))
                .allMatch(g -> g.text().contains("MCP 61°, PIP 60°, DIP 39°")), p.goals().toString());
        assertTrue(rom.stream().filter(g -> g.text().startsWith("Range of motion (lower limb)"))
                .allMatch(g -> g.text().contains("knee flexion at least 110°")), p.goals().toString());
        assertEquals(3, rom.stream().filter(g -> DEGREES.matcher(g.text()).find()).count(),
                "each region's goal states its arc in degrees: " + rom);
    }

    /** Every hand goal (strength, range of motion, coordination, swelling, sensation, pain) leaves the legs out. */
    @Test
    void aHandGoalNeverMentionsWalkingOrStepping() {
        CarePlan p = plan(condition("fracture"), String.join(", ", hand("strength", "3"), hand("range-of-motion", null),
                hand("coordination", null), hand("edema", null), hand("sensation", null), hand("pain", "6")));
        assertEquals(6, p.goals().size(), p.goals().toString());
        for (GoalItem g : p.goals()) {
            assertFalse(LEGS.matcher(g.text()).find(), "a hand goal about the legs: " + g.text());
        }
        // grip and pinch force by dynamometer, not a muscle grade (Mathiowetz et al. 1985; trial 6 case 15)
        assertTrue(goal(p, "strength").text().contains("grip and pinch strength, measured in kilograms with a hand-held dynamometer"),
                goal(p, "strength").text());
        assertTrue(goal(p, "coordination").text().contains("handles small objects"), goal(p, "coordination").text());
    }

    /** A finding without a region (v1) takes the area's own row, which names no body part's activity. */
    @Test
    void withoutARegionTheAreasOwnWordingIsUsed() {
        GoalItem g = goal(plan("", "{ \"area\": \"coordination\" }"), "coordination");
        assertEquals("Coordination: does the daily tasks that need coordination smoothly without help, in 4 weeks", g.text());
    }
}
