package org.careweave.clinical;

import static org.careweave.clinical.Cases.condition;
import static org.careweave.clinical.Cases.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careweave.plan.CarePlan;
import org.careweave.plan.GoalItem;
import org.junit.jupiter.api.Test;

/**
 * Goal and home-programme wording a therapist would sign (therapist trial 3): the walker bound of the goal aids and
 * home programme, a child's balance score, and a finding whose condition says what it is.
 */
class PlanWordingTest {

    private static List<GoalItem> goals(CarePlan p, String area) {
        return p.goals().stream().filter(g -> g.area().equals(area)).toList();
    }

    /**
     * Hip replacement, walking 150 feet at GG 01 (dependent): discharge-equipment.csv recommends no walker below
     * GG 02 (CMS LCD L33791), so neither do the goals nor the home programme (goal-aids.csv and home-programs.csv
     * minLevel 2); at GG 02 the walker is back in both.
     */
    @Test
    void aWalkerIsNamedOnlyFromTheLevelItIsRecommendedAt() {
        CarePlan dependent = plan(condition("joint-replacement"), "{ \"area\": \"walk-150-feet\", \"level\": 1 }");
        assertEquals(2, goals(dependent, "walk-150-feet").size(), dependent.goals().toString());
        goals(dependent, "walk-150-feet").forEach(g -> assertFalse(g.text().contains("walker"), g.text()));
        assertTrue(dependent.discharge().homeProgram().stream().noneMatch(h -> h.text().contains("Walk at home")),
                dependent.discharge().homeProgram().toString());
        CarePlan walking = plan(condition("joint-replacement"), "{ \"area\": \"walk-150-feet\", \"level\": 2 }");
        goals(walking, "walk-150-feet").forEach(g -> assertTrue(g.text().contains("using a walker"), g.text()));
        assertTrue(walking.discharge().homeProgram().stream()
                .anyMatch(h -> h.text().startsWith("Walk at home several times a day, using a walker")),
                walking.discharge().homeProgram().toString());
    }

    /**
     * GG 05 (setup or clean-up assistance) on walking is help before moving and none during it
     * (assist-levels.csv phraseMobility), while a self-care goal keeps "with set-up only". No prior level: 03 aims at
     * 05 in both.
     */
    @Test
    void levelFiveOnWalkingIsSetUpBeforeMovingAndOnSelfCareSetUpOnly() {
        CarePlan p = plan("", "{ \"area\": \"walk-50-feet\", \"level\": 3 }, { \"area\": \"eating\", \"level\": 3 }");
        GoalItem walk = goals(p, "walk-50-feet").stream().filter(g -> g.term().equals("long")).findFirst().orElseThrow();
        assertTrue(walk.text().startsWith("Walking 50 feet with two turns with set-up help only before moving, in "),
                walk.text());
        GoalItem eat = goals(p, "eating").stream().filter(g -> g.term().equals("long")).findFirst().orElseThrow();
        assertTrue(eat.text().startsWith("Eating with set-up only, in "), eat.text());
    }
}
