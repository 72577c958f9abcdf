package org.careweave.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.careweave.TestRules;
import org.careweave.io.CaseReader;
import org.careweave.io.PlanWriter;
import org.careweave.model.Case;
import org.junit.jupiter.api.Test;

/**
 * Plans are made in pooled sessions (Engine, RuleSet.sessions()): a session is reset and reused by the next plan.
 * Nothing of one plan may reach the next: every traced plan (which lists each firing, in order, with its facts)
 * from a reused session must equal the one from a new session, whatever was planned before it.
 */
class SessionPoolTest {

    @Test
    void aReusedSessionPlansExactlyAsANewOne() throws IOException {
        RuleSet rules = TestRules.planner().rules();
        List<Case> cases = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> e : GoldenPlansTest.cases().entrySet()) {
            if (n++ % 4 == 0) { // every 4th of the golden cases: examples, realistic mix and small cases
                cases.add(CaseReader.read(e.getValue()));
            }
        }
        List<String> fresh = new ArrayList<>();
        for (Case c : cases) {
            fresh.add(plan(rules, c, rules.kieBase().newStatelessKieSession(Engine.SESSION)));
        }
        for (int round = 0; round < 2; round++) { // forwards, then backwards: other predecessors each time
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                order.add(i);
            }
            if (round == 1) {
                Collections.reverse(order);
            }
            for (int i : order) {
                assertEquals(fresh.get(i), plan(rules, cases.get(i), null), "case " + cases.get(i).caseId());
            }
        }
    }

    private static final String RULES = RuleSafetyTest.BASE + """
            rule "A looping finding breeds needs forever"
                @source("test")
            when
                Need( area == "eating", $b : because )
            then
                insert( new Need( "eating", $b + "!" ) );
            end
            rule "A toileting finding breaks the consequence"
                @source("test")
            when
                Need( area == "toileting-hygiene" )
            then
                if (true) { throw new IllegalStateException("broken consequence"); }
            end
            """;

    private static Case finding(String area) {
        return CaseReader.read("{\"caseId\": \"" + area + "\", \"asOf\": \"2026-01-10\", \"setting\": \"outpatient\","
                + " \"findings\": [ {\"area\": \"walk-150-feet\", \"level\": 2}, {\"area\": \"" + area + "\", \"level\": 2} ]}");
    }

    /**
     * A plan stopped at the firing limit (facts and activations left behind) or broken by a throwing consequence
     * (firing interrupted) gives its session back to the pool too; the next plan in it must still be a new
     * session's plan.
     */
    @Test
    void aSessionLeftByARunawayOrBrokenPlanPlansTheNextCaseAsANewOne() {
        RuleSet rules = RuleSet.compile(RuleSource.of("test", Map.of("test.drl", RULES,
                "tables/disciplines.csv", RuleSafetyTest.DISCIPLINES)));
        Case normal = finding("walk-10-feet");
        String expected = plan(rules, normal, rules.kieBase().newStatelessKieSession(Engine.SESSION), 2_000);
        assertEquals(expected, plan(rules, normal, null, 2_000));
        for (String bad : List.of("eating", "toileting-hygiene", "eating")) {
            String outcome = plan(rules, finding(bad), null, 2_000);
            org.junit.jupiter.api.Assertions.assertTrue(outcome.startsWith("error: "), outcome);
            assertEquals(expected, plan(rules, normal, null, 2_000), "after " + bad);
        }
    }

    private static String plan(RuleSet rules, Case c, org.kie.api.runtime.StatelessKieSession session) {
        return plan(rules, c, session, 20_000);
    }

    private static String plan(RuleSet rules, Case c, org.kie.api.runtime.StatelessKieSession session, int max) {
        try {
            Engine.Run run = session == null
                    ? Engine.run(rules, c, true, max)
                    : Engine.run(rules, c, true, max, session);
            return PlanWriter.jsonLine(run.plan()) + " " + new java.util.TreeMap<>(run.firings());
        } catch (RuntimeException e) { // PlanningException, or the consequence's exception as Drools wraps it
            return "error: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
