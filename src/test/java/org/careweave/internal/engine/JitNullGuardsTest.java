package org.careweave.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.careweave.TestRules;
import org.junit.jupiter.api.Test;

/**
 * The lint's warning for a constraint MVEL cannot jit once a null test's {@code ||} guards a call: the forms
 * JitFailuresTest shows failing are named, the forms it shows jitted are not, and the bundled rules have none.
 */
class JitNullGuardsTest {

    private static final String WORDS = "MVEL cannot compile this constraint to bytecode";

    @Test
    void aCallOnOrWithTheValueAfterItsNullTestsOrIsNamed() {
        String plusWeeks = JitNullGuards.problem(
                "weeks == null || ( $onset != null && $asOf != null && $onset.plusWeeks( weeks ) < $asOf )");
        assertNotNull(plusWeeks);
        assertEquals(true, plusWeeks.startsWith("weeks == null || ... gives weeks to plusWeeks(...): " + WORDS),
                plusWeeks);
        assertEquals(true, JitNullGuards.problem("code == null || code.startsWith( \"Z\" )")
                .startsWith("code == null || ... calls code.startsWith(...): "));
        assertEquals(true, JitNullGuards.problem("null == code || code.empty").startsWith(
                "code == null || ... calls code.empty: "));
        assertEquals(true, JitNullGuards.problem("(weeks == null) || $d.plusWeeks( (weeks) ).isBefore( $a )")
                .startsWith("weeks == null || ... gives weeks to plusWeeks(...)"));
    }

    @Test
    void formsThatJitAreNotNamed() {
        for (String jitted : List.of("weeks == null || pastWeeks( $onset, weeks, $asOf )",
                "code == null || code matches \"Z.*\"", "code != null && code.startsWith( \"Z\" )",
                "region == null || region == $region", "region == null || region memberOf $regions",
                "region == null || region in ( \"hand\", \"upper-limb\" )", "end == null || end >= $from.plusDays( 89 )",
                "walking == null || walking == $walks", "x == null || \"x.foo(\" == y",
                "onset == null || onset >= $asOf.minusWeeks( $w )", "$x.code == null || $x.code == \"a\"",
                // a method that takes the null (a set's contains), not told from one that does not: not said
                "walking == null || $walks.contains( walking )")) {
            assertNull(JitNullGuards.problem(jitted), jitted);
        }
    }

    @Test
    void theBundledRulesHaveNoneAndTheOldEvaluateWindowIsAtItsLine() {
        Map<String, String> files = new TreeMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        assertEquals(List.of(), RuleLinter.lint(RuleSource.of("rules", files)).stream()
                .filter(i -> i.message().contains(WORDS)).toList());
        String now = "weeks == null || pastWeeks( $onset, weeks, $asOf ) )";
        String before = "weeks == null || ( $onset != null && $asOf != null && $onset.plusWeeks( weeks ) < $asOf ) )";
        String drl = files.get("indication/evaluate.drl");
        assertEquals(drl.indexOf(now), drl.lastIndexOf(now));
        int line = (int) drl.substring(0, drl.indexOf(now)).chars().filter(c -> c == '\n').count() + 1;
        files.put("indication/evaluate.drl", drl.replace(now, before));
        List<RuleIssue> warned = RuleLinter.lint(RuleSource.of("rules", files)).stream()
                .filter(i -> i.message().contains(WORDS)).toList();
        assertEquals(1, warned.size(), warned::toString);
        assertEquals(RuleIssue.Severity.WARNING, warned.get(0).severity());
        assertEquals("rules/indication/evaluate.drl", warned.get(0).file());
        assertEquals(true, warned.get(0).message().startsWith("rule \"A guideline evaluation scoped to the admission "
                + "does not reach an episode outside its window\": weeks == null || ... gives weeks to plusWeeks"),
                warned.get(0).message());
        // the pattern starts two lines above; the constraint's own line is the one said
        assertEquals(line, warned.get(0).line());
    }
}
