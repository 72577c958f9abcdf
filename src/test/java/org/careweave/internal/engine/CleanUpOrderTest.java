package org.careweave.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.careweave.TestRules;
import org.careweave.io.CaseReader;
import org.careweave.model.Case;
import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A preloaded session is cleaned after a plan by deleting every fact the plan inserted, newest first
 * ({@link TableSessions.TableSession#clean}): a conclusion goes before what supports it, so no rule's {@code not}
 * opens on the way and nothing fires during the clean-up. Deleting only the case's facts (truth maintenance then
 * withdrawing the rest) brings the session back to the same table-only state, but rules fire on the way (src/bench/
 * RESULTS.md, "Issue 15, twenty-first session": 4.2 firings a plan on the examples), which is what this test tells
 * apart.
 */
class CleanUpOrderTest {

    @Test
    void deletingEveryFactOfThePlanNewestFirstFiresNothing() throws IOException {
        RuleSet rules = TestRules.planner().rules();
        TableSessions sessions = rules.tableSessions();
        assertTrue(sessions.usable());
        int newestFirst = 0;
        int caseFactsOnly = 0;
        int planned = 0;
        for (Map.Entry<String, String> e : GoldenPlansTest.cases().entrySet()) {
            if (!e.getKey().startsWith("examples/")) {
                continue;
            }
            Case c = CaseReader.read(e.getValue());
            newestFirst += cleanUpFirings(rules, sessions, c, false, e.getKey());
            caseFactsOnly += cleanUpFirings(rules, sessions, c, true, e.getKey());
            planned++;
        }
        assertTrue(planned > 100, "the golden examples were planned: " + planned);
        assertEquals(0, newestFirst, "rules fired while the plans' facts were deleted newest first");
        // The other order does fire (else this test could not tell the two apart).
        assertTrue(caseFactsOnly > 0, "deleting only the case's facts fired nothing: " + caseFactsOnly);
    }

    /** Plans {@code c} in a preloaded session, cleans it one way, and returns the firings during the clean-up. */
    private static int cleanUpFirings(RuleSet rules, TableSessions sessions, Case c, boolean caseFactsOnly,
            String name) {
        TableSessions.TableSession ts = sessions.take();
        DecisionRecorder recorder = new DecisionRecorder(false);
        ts.session.addEventListener((AgendaEventListener) recorder);
        ts.session.addEventListener((RuleRuntimeEventListener) recorder);
        ts.insert(CaseFacts.of(c));
        ts.session.fireAllRules(100_000);
        ts.session.removeEventListener((AgendaEventListener) recorder);
        ts.session.removeEventListener((RuleRuntimeEventListener) recorder);
        if (ts.leftBeside() > TableSessions.RELOAD_ABOVE) {
            sessions.giveBack(ts, true);
            return 0;
        }
        int[] fired = {0};
        AgendaEventListener count = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired[0]++;
            }
        };
        ts.session.addEventListener(count);
        List<? extends FactHandle> inserted = caseFactsOnly ? ts.caseFactsInOrder() : recorder.insertedHandles();
        boolean clean = ts.clean(inserted);
        ts.session.removeEventListener(count);
        assertTrue(clean, name + ": the session is back to its table rows");
        sessions.giveBack(ts, true);
        return fired[0];
    }
}
