package org.careweave.engine;

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

    private static String plan(RuleSet rules, Case c, org.kie.api.runtime.StatelessKieSession session) {
        try {
            Engine.Run run = session == null
                    ? Engine.run(rules, c, true, 20_000)
                    : Engine.run(rules, c, true, 20_000, session);
            return PlanWriter.jsonLine(run.plan()) + " " + new java.util.TreeMap<>(run.firings());
        } catch (PlanningException e) {
            return "error: " + e.getMessage();
        }
    }
}
