package org.careweave.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.careweave.TestRules;
import org.junit.jupiter.api.Test;

/**
 * The lint's one walk over a rule's conditions reaches the patterns inside a {@code from collect(...)} as it does an
 * accumulate's input: a constraint there that throws while matching is named at its place like any other.
 */
class LhsConstraintsTest {

    private static final String FILE = "plan/probe-collect.drl";

    @Test
    void aConstraintInsideACollectIsWalkedAndNamedAtItsPlace() {
        String call = "code.startsWith( $prefix )";
        String drl = """
                package careweave.plan;

                import org.careweave.fact.*;
                import org.careweave.model.*;

                rule "Conditions a precaution's code prefix names are collected"
                    @source("a test probe")
                when
                    ConditionPrecaution( $prefix : codePrefix )
                    $named : java.util.List( size > 0 ) from collect( Condition( code != null, %s ) )
                then
                end
                """.formatted(call);
        Map<String, String> files = new TreeMap<>(RuleSource.fromDirectory(TestRules.RULES).files());
        files.put(FILE, drl);
        int offset = drl.indexOf(call);
        int line = (int) drl.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        int column = offset - drl.lastIndexOf('\n', offset - 1);
        List<String> named = new ArrayList<>();
        for (RuleIssue issue : RuleLinter.lint(RuleSource.of("rules", files))) {
            if (issue.file().endsWith(FILE) && issue.message().contains("NullPointerException")) {
                named.add(issue.line() + ":" + issue.column());
            }
        }
        // condition-precautions.csv's codePrefix may be empty (null), and String.startsWith(null) throws
        assertEquals(List.of(line + ":" + column), named);

        // the patterns a walk gives, in the order written: the collect's input after the pattern it feeds
        List<String> patterns = new ArrayList<>();
        org.drools.drl.ast.descr.PackageDescr pkg;
        try {
            pkg = new org.drools.drl.parser.DrlParser()
                    .parse(false, drl);
        } catch (org.drools.drl.parser.DroolsParserException e) {
            throw new AssertionError(e);
        }
        LhsConstraints.walk(pkg.getRules().get(0), (pattern, expression, where) ->
                patterns.add(pattern.getObjectType() + ": " + expression));
        assertEquals(List.of("ConditionPrecaution: $prefix : codePrefix", "java.util.List: size > 0",
                "Condition: code != null", "Condition: " + call), patterns);
    }
}
