package org.careweave.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.careweave.TestRules;
import org.junit.jupiter.api.Test;

/**
 * The lint's warning for a constraint that names a field bare beside a function of that name, which Drools reads as
 * the function: goal42's defect (a function {@code best} beside {@code ScoreGoal.best}) put back into a copy of the
 * bundled rules is said at each constraint that reads the name, and nowhere else.
 */
class FunctionShadowsTest {

    private static final String WORDS = "Drools reads a bare name as the package's function of that name";

    @Test
    void theBundledRulesHaveNone() {
        Map<String, String> files = new TreeMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        assertEquals(List.of(), RuleLinter.lint(RuleSource.of("rules", files)).stream()
                .filter(i -> i.message().contains(WORDS)).toList());
    }

    @Test
    void aFunctionNamedLikeAFieldIsSaidAtEachConstraintThatReadsTheField() {
        Map<String, String> files = new TreeMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        String goals = files.get("plan/goals.drl");
        int defined = lineOf(goals, "function int highestOf(");
        // the lines of plan/goals.drl whose ScoreGoal pattern tests "best" bare ("best == null"); a binding
        // ("$best : best") reads the field whatever the functions are called, and is not said
        List<Integer> readers = new java.util.ArrayList<>();
        String[] lines = goals.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("ScoreGoal(") && lines[i].matches(".*\\bbest == null.*")) {
                readers.add(i + 1);
            }
        }
        assertEquals(2, readers.size(), readers::toString);
        files.put("plan/goals.drl", goals.replace("highestOf", "best"));
        List<RuleIssue> warned = RuleLinter.lint(RuleSource.of("rules", files)).stream()
                .filter(i -> i.message().contains(WORDS)).toList();
        assertEquals(readers, warned.stream().map(RuleIssue::line).toList(), warned::toString);
        for (RuleIssue w : warned) {
            assertEquals(RuleIssue.Severity.WARNING, w.severity());
            assertEquals("rules/plan/goals.drl", w.file());
            assertEquals(true, w.message().contains(": best here is the function best (plan/goals.drl:" + defined
                    + "), not the field ScoreGoal.best"), w.message());
        }
        // needs/conditions.drl's "best != null" on ScoreGoal is another package's: that function is not its
        assertEquals(0, warned.stream().filter(w -> w.file().contains("needs/")).count());
    }

    private static int lineOf(String text, String what) {
        return (int) text.substring(0, text.indexOf(what)).chars().filter(c -> c == '\n').count() + 1;
    }
}
