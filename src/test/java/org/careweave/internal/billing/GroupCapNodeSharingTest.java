package org.careweave.internal.billing;

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
import org.careweave.plan.PlanAlert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SNF group + concurrent 25% cap must not depend on unrelated rules elsewhere in the rule set. Drools 10.2.0
 * loses what an accumulate's right input receives after a left tuple reached it once the accumulate's segment was
 * split by a later package's rule sharing its first patterns (apache/incubator-kie#7109). Before the cap rule waited
 * in its aggregate stratum, a harmless rule in {@code discharge/} made it read a discipline's total as 0: "30 of 0
 * minutes" for PT and a false OT alert "10 of 0 minutes" on {@code examples/billing-part-a-group-cap}.
 */
class GroupCapNodeSharingTest {

    /**
     * The cap rule's own first three patterns, in a package added after billing: reproduced "30 of 0" on 10.2.0. (The
     * discharge helper's rule, CaseContext( setting == "skilled-nursing" ) then GgDeficit, ConditionCourse and Home,
     * no longer does: billing's co-treatment rule now shares that first pattern, so billing splits it when built.)
     */
    private static final String HARMLESS_START = """
            CaseContext( setting == "skilled-nursing" )
            BillingPayer( $k : kind )
            PayerPolicy( payerKind == $k, $cap : groupConcurrentCap != null )
        """;

    @TempDir
    Path root;

    @Test
    void anUnrelatedRuleSharingTheCapRulesFirstPatternsRaisesNoFalseAlert() throws IOException {
        Path rules = root.resolve("rules");
        TestRules.copyTree(TestRules.RULES, rules);
        Files.writeString(rules.resolve("discharge/zz-shares-first-patterns.drl"), """
            package careweave.discharge;

            import org.careweave.fact.*;
            import org.careweave.fact.billing.*;

            rule "A harmless rule that starts as the group cap rule does"
                @source("careweave")
            when
            %s
            then
            end
            """.formatted(HARMLESS_START));
        String json = Files.readString(TestRules.EXAMPLES.resolve("billing-part-a-group-cap.json"));

        CarePlan withRule = Planner.fromDirectory(rules).plan(CaseReader.read(json));

        // PT: 45 + 30 minutes, 30 in a group of 4 (40%, over 25%); OT: 45 + 10, 10 concurrent (18%, within it)
        List<String> caps = withRule.alerts().stream().filter(a -> a.kind().equals("group-concurrent-cap"))
                .map(PlanAlert::message).toList();
        assertEquals(1, caps.size(), caps.toString());
        assertTrue(caps.get(0).startsWith("physical therapy: 30 of 75 minutes (40%) were group or concurrent therapy"
                + " over the 1 date of the Part A stay the case records (2026-03-02), above the 25% limit"), caps.get(0));
        assertFalse(withRule.alerts().stream().anyMatch(a -> a.message().contains(" of 0 minutes")),
                withRule.alerts().toString());
        // and nothing else about the plan's alerts changes with a rule that concludes nothing
        CarePlan bundled = TestRules.planner().plan(CaseReader.read(json));
        assertEquals(bundled.alerts(), withRule.alerts());
    }
}
