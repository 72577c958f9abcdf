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

    private static final String NPE = "throws a NullPointerException on a null argument";

    @Test
    void aValueTestedForNullGivenToAStringMethodThatThrowsOnItIsNamed() {
        // String.startsWith(null) and "abc".contains(null) throw, so MVEL's evaluation of every branch fails as a call does
        assertEquals(true, JitNullGuards.problem("code == null || $s.startsWith( code )")
                .startsWith("code == null || ... gives code to startsWith(...): " + WORDS));
        assertEquals(true, JitNullGuards.problem("code == null || \"G93 R53\".contains( code )")
                .startsWith("code == null || ... gives code to contains(...): " + WORDS));
        assertEquals(true, JitNullGuards.problem("code == null || \"G93\".indexOf( code ) >= 0")
                .startsWith("code == null || ... gives code to indexOf(...): " + WORDS));
        // a collection's contains and indexOf take the null: the text does not tell, nothing said
        assertNull(JitNullGuards.problem("code == null || $codes.indexOf( code ) >= 0"));
    }

    /** The rules with {@code from} replaced once by {@code to} in {@code file}; the line (1-based) of the edit. */
    private static int edit(Map<String, String> files, String file, String from, String to) {
        String drl = files.get(file);
        assertEquals(drl.indexOf(from), drl.lastIndexOf(from), from);
        assertEquals(true, drl.contains(from), from);
        files.put(file, drl.replace(from, to));
        return (int) drl.substring(0, drl.indexOf(from)).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The 1-based line and column of the only {@code text} of {@code file}, as {@code line:column}. */
    private static String at(Map<String, String> files, String file, String text) {
        String drl = files.get(file);
        assertEquals(drl.indexOf(text), drl.lastIndexOf(text), text);
        int offset = drl.indexOf(text);
        int line = (int) drl.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        return line + ":" + (offset - drl.lastIndexOf('\n', offset - 1));
    }

    private static List<String> nullArguments(Map<String, String> files) {
        return RuleLinter.lint(RuleSource.of("rules", files)).stream().filter(i -> i.message().contains(NPE))
                .map(i -> i.severity() + " " + i.file() + ":" + i.line() + ":" + i.column() + " "
                        + i.message().substring(0, i.message().indexOf(": ", i.message().indexOf("\": ") + 3)))
                .toList();
    }

    private static final String PRECAUTIONS = "plan/condition-precautions.drl";
    private static final String RULE = "rule \"A condition the table names by its code binds every discipline to its "
            + "precaution\"";

    @Test
    void anOptionalColumnGivenUnguardedToStartsWithIsNamedAtTheCall() {
        // condition-precautions.csv's codePrefix may be empty ("empty: any code"): the empty cell is null, and
        // String.startsWith(null) throws, failing the plan (ConstraintEvaluationException) of a case that meets it
        Map<String, String> files = new TreeMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        assertEquals(List.of(), nullArguments(files));
        edit(files, PRECAUTIONS, "$prefix : codePrefix != null,", "$prefix : codePrefix,");
        String call = "code.startsWith( $prefix ) )\n";
        assertEquals(List.of("WARNING rules/" + PRECAUTIONS + ":" + at(files, PRECAUTIONS, call) + " " + RULE
                + ": code.startsWith( $prefix )"), nullArguments(files));
        assertEquals(true, RuleLinter.lint(RuleSource.of("rules", files)).stream()
                .filter(i -> i.message().contains(NPE)).findFirst().orElseThrow().message().contains(
                        "$prefix can be null (ConditionPrecaution.codePrefix is not always set)"));

        // the field read through the row's binding, $row.codePrefix, is the same null
        files = new TreeMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        edit(files, PRECAUTIONS, "ConditionPrecaution( $c : category, $prefix : codePrefix != null,",
                "$row : ConditionPrecaution( $c : category,");
        edit(files, PRECAUTIONS, "code != null, code.startsWith( $prefix ) )\n",
                "code != null, code.startsWith( $row.codePrefix ) )\n");
        assertEquals(List.of("WARNING rules/" + PRECAUTIONS + ":"
                + at(files, PRECAUTIONS, "code.startsWith( $row.codePrefix )") + " " + RULE
                + ": code.startsWith( $row.codePrefix )"), nullArguments(files));

        // guarded in the same pattern, or in the constraint: nothing
        edit(files, PRECAUTIONS, "code != null, code.startsWith( $row.codePrefix ) )\n",
                "code != null, $row.codePrefix != null && code.startsWith( $row.codePrefix ) )\n");
        assertEquals(List.of(), nullArguments(files));
    }

    /**
     * finding-natures.csv, programme-conditions.csv and aftercare.csv have a prefix on every row (a blank one could
     * only be a mistake that silently never matched), so column-types.csv makes their codePrefix required. The six
     * guards the rules keep on it are then not needed for the jitted constraint: without them nothing is named, and
     * with the marker taken off again each unguarded call is named at its own line and column.
     */
    @Test
    void theSixCodePrefixGuardsOfRequiredColumnsCanGoWithoutAWarningAndAreNamedWhenTheColumnIsOptional() {
        Map<String, String> files = new TreeMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        String natures = "needs/natures.drl";
        String cardiac = "plan/cardiac-rehab.drl";
        String aftercare = "plan/aftercare.drl";
        edit(files, natures, "FindingNatureCode( $area : area, $prefix : codePrefix != null, $nature : nature )",
                "FindingNatureCode( $area : area, $prefix : codePrefix, $nature : nature )");
        edit(files, natures, "FindingNatureCode( area == $area, nature == $n, $p : codePrefix != null )",
                "FindingNatureCode( area == $area, nature == $n, $p : codePrefix )");
        edit(files, natures, "nature == \"vestibular-hypofunction\", $prefix : codePrefix != null )",
                "nature == \"vestibular-hypofunction\", $prefix : codePrefix )");
        edit(files, cardiac, "$prefix : codePrefix != null, $months : months != null )",
                "$prefix : codePrefix, $months : months != null )");
        edit(files, cardiac, "$prefix : codePrefix != null, months == null )", "$prefix : codePrefix, months == null )");
        edit(files, aftercare, "$prefix : codePrefix != null, $until : untilWeek )",
                "$prefix : codePrefix, $until : untilWeek )");
        assertEquals(List.of(), nullArguments(files));

        String types = files.get("tables/column-types.csv");
        for (String table : List.of("finding-natures", "programme-conditions", "aftercare")) {
            String row = table + ",codePrefix,required|pattern:";
            assertEquals(true, types.contains(row), row);
            types = types.replace(row, table + ",codePrefix,pattern:");
        }
        files.put("tables/column-types.csv", types);
        List<String> named = nullArguments(files).stream().map(w -> w.substring(0, w.indexOf(" rule \""))).toList();
        // every call an unguarded prefix reaches: natures.drl's first and third rules bind $prefix, its second $p
        // (the call inside the or), cardiac-rehab.drl's two rules one each, and aftercare.drl's first rule three (the
        // row's code asked before the case's context, the condition's own code, and an aftercare or status code beside
        // it)
        String natureCall = "code.startsWith( $prefix ) )\nthen\n    insertLogical( new FindingNature( $area, $nature ) );";
        assertEquals(List.of(
                "WARNING rules/" + natures + ":" + at(files, natures, natureCall),
                "WARNING rules/" + natures + ":" + at(files, natures, "code.startsWith( $p ) ) ) )"),
                "WARNING rules/" + natures + ":" + at(files, natures, "code.startsWith( $prefix ) )\n    // what else"),
                "WARNING rules/" + aftercare + ":" + at(files, aftercare, "code.startsWith( $prefix ) )\n    CaseContext"),
                "WARNING rules/" + aftercare + ":" + at(files, aftercare, "code.startsWith( $prefix ) )\n             or"),
                "WARNING rules/" + aftercare + ":" + at(files, aftercare, "code.startsWith( $prefix ),\n"),
                "WARNING rules/" + cardiac + ":" + at(files, cardiac, "code.startsWith( $prefix ), onset"),
                "WARNING rules/" + cardiac + ":" + at(files, cardiac, "code.startsWith( $prefix ) )")),
                named);
    }

    @Test
    void aRequiredColumnABoundFactAndACollectionsContainsAreNotNamed() {
        Map<String, String> files = new TreeMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        // condition-leads.csv's codePrefix is required (column-types.csv): never null in a loaded table
        edit(files, "split/condition-leads.drl", "$prefix : codePrefix != null,", "$prefix : codePrefix,");
        // $u is a String fact of the row's unless list, never null
        assertEquals(true, files.get(PRECAUTIONS).contains("$u : String() from $unless and Condition( code != null, "
                + "code.startsWith( $u ) )"));
        // a String field's contains with an optional column: named; a List field's contains: not (a list takes null)
        edit(files, PRECAUTIONS, "$prefix : codePrefix != null, $kind : precaution,",
                "$prefix : codePrefix != null, because.contains( area ), unless.contains( area ), $kind : precaution,");
        assertEquals(List.of("WARNING rules/" + PRECAUTIONS + ":" + at(files, PRECAUTIONS, "because.contains( area )")
                + " " + RULE + ": because.contains( area )"), nullArguments(files));
    }
}
