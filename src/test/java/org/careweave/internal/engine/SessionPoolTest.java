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

    /**
     * Untraced plans are made in stateful sessions preloaded with the table rows (TableSessions): the case's facts
     * are deleted after each plan and the session is reused only if it is back to its table-only state. Every
     * plan and its firing counts must equal a new session's, whatever was planned in that session before.
     */
    @Test
    void aPreloadedSessionPlansExactlyAsANewOne() throws IOException {
        RuleSet rules = TestRules.planner().rules();
        org.junit.jupiter.api.Assertions.assertTrue(rules.tableSessions().usable(),
                "no bundled rule may fire on the table rows alone (else every plan inserts the tables again)");
        int idleBefore = rules.tableSessions().idle();
        List<Case> cases = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> e : GoldenPlansTest.cases().entrySet()) {
            if (n++ % 3 == 0) {
                cases.add(CaseReader.read(e.getValue()));
            }
        }
        List<String> fresh = new ArrayList<>();
        for (Case c : cases) {
            fresh.add(untraced(rules, c, rules.kieBase().newStatelessKieSession(Engine.SESSION), 20_000));
        }
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < cases.size(); k++) {
                int i = round == 0 ? k : cases.size() - 1 - k;
                assertEquals(fresh.get(i), untraced(rules, cases.get(i), null, 20_000), "case " + cases.get(i).caseId());
            }
        }
        // One thread takes a session and gives it back plan after plan: the rule set (shared with other tests, so
        // it may hold sessions already) never needed another one.
        org.junit.jupiter.api.Assertions.assertEquals(idleBefore, rules.tableSessions().idle(), "one thread, one session reused");
    }

    /**
     * A CarePlanner is shared by many threads, and a preloaded session goes back to the shared pool after each plan,
     * so the next plan in it may be another thread's. Four threads each plan the cases (a third of the golden
     * cases) in their own shuffled order, three times over, so sessions pass from thread to thread and case to case:
     * every plan and its firing counts equal those of a new session for that case alone.
     */
    @Test
    void preloadedSessionsSharedByThreadsPlanEachCaseAsANewSession() throws Exception {
        RuleSet rules = TestRules.planner().rules();
        List<Case> cases = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> e : GoldenPlansTest.cases().entrySet()) {
            if (n++ % 3 == 1) {
                cases.add(CaseReader.read(e.getValue()));
            }
        }
        List<String> fresh = new ArrayList<>();
        for (Case c : cases) {
            fresh.add(untraced(rules, c, rules.kieBase().newStatelessKieSession(Engine.SESSION), 20_000));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<String>>> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long seed = t;
                threads.add(pool.submit(() -> {
                    List<Integer> order = new ArrayList<>();
                    for (int round = 0; round < 3; round++) {
                        for (int i = 0; i < cases.size(); i++) {
                            order.add(i);
                        }
                    }
                    Collections.shuffle(order, new java.util.Random(seed));
                    List<String> mismatches = new ArrayList<>();
                    for (int i : order) {
                        String got = untraced(rules, cases.get(i), null, 20_000);
                        if (!got.equals(fresh.get(i))) {
                            mismatches.add(cases.get(i).caseId());
                        }
                    }
                    return mismatches;
                }));
            }
            for (var f : threads) {
                assertEquals(List.of(), f.get(), "cases planned differently in a shared preloaded session");
            }
        } finally {
            pool.shutdownNow();
        }
        org.junit.jupiter.api.Assertions.assertTrue(rules.tableSessions().idle() <= TableSessions.MAX_IDLE);
    }

    /**
     * A rule matching table rows alone would conclude outside any plan (here the base rules' "Every discipline is
     * not indicated"): such a rule set plans in sessions loaded per plan, as before.
     */
    @Test
    void rulesThatFireOnTablesAlonePlanInSessionsLoadedPerPlan() {
        RuleSet rules = RuleSet.compile(RuleSource.of("test", Map.of("test.drl", RuleSafetyTest.BASE,
                "tables/disciplines.csv", RuleSafetyTest.DISCIPLINES,
                "tables/column-types.csv", RuleSafetyTest.COLUMN_TYPES)));
        org.junit.jupiter.api.Assertions.assertFalse(rules.tableSessions().usable());
        Case c = finding("walk-10-feet");
        assertEquals(untraced(rules, c, rules.kieBase().newStatelessKieSession(Engine.SESSION), 2_000),
                untraced(rules, c, null, 2_000));
    }

    /**
     * A rule that concludes with plain {@code insert} leaves its fact behind when the case's facts are deleted: the
     * session is not table-only any more and is disposed, so the next plan never sees that fact.
     */
    @Test
    void aPlainInsertNeverReachesTheNextPlan() {
        RuleSet rules = preloadable("""
                rule "An eating finding leaves a note behind"
                    @source("test")
                when
                    Finding( area == "eating" )
                then
                    insert( new Need( "leftover", "plain insert" ) );
                end
                """);
        Case normal = finding("walk-10-feet");
        String expected = untracedTwice(rules, normal);
        untraced(rules, finding("eating"), null, 2_000);
        assertEquals(expected, untraced(rules, normal, null, 2_000));
        org.junit.jupiter.api.Assertions.assertFalse(expected.contains("leftover"), expected);
    }

    /**
     * A rule that deletes a table row and plain-inserts a fact in its place leaves the session with as many facts
     * as table rows, but not the table rows: the session is not reused (the next plan would miss the row and see
     * the fact), whatever the count says.
     */
    @Test
    void aTableRowSwappedForAnotherFactNeverReachesTheNextPlan() {
        RuleSet rules = preloadable("""
                rule "An eating finding swaps a table row for a note"
                    @source("test")
                when
                    Finding( area == "eating" )
                    $row : DisciplineInfo( discipline == "ot" )
                then
                    delete( $row );
                    insert( new Need( "leftover", "swapped for a table row" ) );
                end
                """);
        Case normal = finding("walk-10-feet");
        String expected = untracedTwice(rules, normal);
        int idle = rules.tableSessions().idle();
        untraced(rules, finding("eating"), null, 2_000);
        assertEquals(idle - 1, rules.tableSessions().idle(), "the swapped session was disposed, not given back");
        assertEquals(expected, untraced(rules, normal, null, 2_000));
    }

    /**
     * After a plan that leaves more than {@link TableSessions#RELOAD_ABOVE} facts beside the table rows (a claim of
     * 30-40 visit dates: about 1,300-1,700 facts), the session is reset by Drools and the rows inserted again
     * rather than the plan's facts deleted. The session is reused (not disposed), and every plan made in it
     * afterwards, small or big, equals a new session's, as do the big plans themselves. The heavy mix's cases (a
     * few hundred facts) are cleaned by deletes, between them.
     */
    @Test
    void aSessionResetAndReloadedAfterABigPlanPlansEachNextCaseAsANewOne() throws IOException {
        RuleSet rules = TestRules.planner().rules();
        Map<String, String> golden = GoldenPlansTest.cases();
        List<String> ids = List.of("visits-30", "mix-0", "examples/low-back-pain.json", "visits-35", "mix-1",
                "small-0", "examples/billing-cotreatment-clock.json", "visits-40", "mix-2",
                "examples/hip-replacement.json", "small-1");
        List<Case> cases = new ArrayList<>();
        List<String> fresh = new ArrayList<>();
        int big = 0;
        for (String id : ids) {
            Case c = CaseReader.read(id.startsWith("visits-") ? """
                    {"caseId": "%s", "asOf": "2025-06-01", "setting": "outpatient",
                     "payer": {"kind": "medicare-part-b"}, "visits": [%s]}
                    """.formatted(id, TestRules.fourServicesADay(Integer.parseInt(id.substring(7))))
                    : golden.get(id));
            cases.add(c);
            fresh.add(untraced(rules, c, rules.kieBase().newStatelessKieSession(Engine.SESSION), 20_000));
            if (factsBesideTables(rules, c) > TableSessions.RELOAD_ABOVE) {
                big++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(big >= 3 && big < cases.size(),
                "the cases include plans of both kinds (" + big + " big of " + cases.size() + ")");
        rules.tableSessions().usable();
        int idle = rules.tableSessions().idle();
        long reloads = rules.tableSessions().reloads();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < cases.size(); i++) {
                assertEquals(fresh.get(i), untraced(rules, cases.get(i), null, 20_000), ids.get(i));
            }
        }
        assertEquals(reloads + 2L * big, rules.tableSessions().reloads(), "big plans reset and reloaded, small ones cleaned");
        assertEquals(idle, rules.tableSessions().idle(), "the reloaded session was reused, not disposed");
    }

    /** Facts a plan leaves beside the table rows, counted in a new stateful session loaded for it alone. */
    private static long factsBesideTables(RuleSet rules, Case c) {
        org.kie.api.runtime.KieSession session = rules.kieBase().newKieSession(Engine.SESSION, null);
        try {
            if (rules.tablesGlobal() != null) {
                session.setGlobal(org.careweave.fact.Tables.GLOBAL, rules.tablesGlobal());
            }
            rules.sessionTableFacts().forEach(session::insert);
            CaseFacts.of(c).forEach(session::insert);
            session.fireAllRules(20_000);
            return session.getFactCount() - rules.sessionTableFacts().size();
        } finally {
            session.dispose();
        }
    }

    /**
     * A rule that leaves many facts behind with plain {@code insert} makes a plan big enough to be reset rather than
     * cleaned: the reset wipes those facts with the rest, so the session may be reused, and the next plan in it
     * never sees them.
     */
    @Test
    void plainInsertsInABigPlanAreWipedByTheReset() {
        RuleSet rules = preloadable("""
                rule "An eating finding leaves many notes behind"
                    @source("test")
                when
                    Finding( area == "eating" )
                then
                    for (int i = 0; i <= %d; i++) {
                        insert( new Need( "leftover", "plain insert " + i ) );
                    }
                end
                """.formatted(TableSessions.RELOAD_ABOVE));
        Case normal = finding("walk-10-feet");
        String expected = untracedTwice(rules, normal);
        int idle = rules.tableSessions().idle();
        long reloads = rules.tableSessions().reloads();
        untraced(rules, finding("eating"), null, 2_000);
        assertEquals(reloads + 1, rules.tableSessions().reloads(), "the big plan's session was reset and reloaded");
        assertEquals(idle, rules.tableSessions().idle(), "and reused");
        assertEquals(expected, untraced(rules, normal, null, 2_000));
        org.junit.jupiter.api.Assertions.assertFalse(expected.contains("leftover"), expected);
    }

    /** The base rules, whose discipline rule joins the case (so preloaded sessions are usable), and {@code extra}. */
    private static RuleSet preloadable(String extra) {
        String drl = RuleSafetyTest.BASE.replace("DisciplineInfo( $d : discipline )\n",
                "CaseContext()\n    DisciplineInfo( $d : discipline )\n") + extra;
        RuleSet rules = RuleSet.compile(RuleSource.of("test", Map.of("test.drl", drl,
                "tables/disciplines.csv", RuleSafetyTest.DISCIPLINES,
                "tables/column-types.csv", RuleSafetyTest.COLUMN_TYPES)));
        org.junit.jupiter.api.Assertions.assertTrue(rules.tableSessions().usable());
        return rules;
    }

    /** The case's untraced plan in a new session, checked equal in a preloaded session. */
    private static String untracedTwice(RuleSet rules, Case c) {
        String expected = untraced(rules, c, rules.kieBase().newStatelessKieSession(Engine.SESSION), 2_000);
        assertEquals(expected, untraced(rules, c, null, 2_000));
        return expected;
    }

    private static String untraced(RuleSet rules, Case c, org.kie.api.runtime.StatelessKieSession session, int max) {
        try {
            // Without a session given: a preloaded session (as the engine plans every untraced case), unless the
            // rule set cannot use them.
            Engine.Run run = session != null ? Engine.run(rules, c, false, max, session)
                    : rules.tableSessions().usable() ? Engine.runPreloaded(rules, c, max)
                    : Engine.run(rules, c, false, max);
            return PlanWriter.jsonLine(run.plan()) + " " + new java.util.TreeMap<>(run.firings());
        } catch (RuntimeException e) {
            return "error: " + e.getClass().getSimpleName() + ": " + e.getMessage();
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
        // The base rules' discipline rule joins the case (CaseContext), so the table rows alone fire nothing and
        // untraced plans use preloaded sessions.
        String drl = RULES.replace("DisciplineInfo( $d : discipline )\n", "CaseContext()\n    DisciplineInfo( $d : discipline )\n");
        RuleSet rules = RuleSet.compile(RuleSource.of("test", Map.of("test.drl", drl,
                "tables/disciplines.csv", RuleSafetyTest.DISCIPLINES,
                "tables/column-types.csv", RuleSafetyTest.COLUMN_TYPES)));
        org.junit.jupiter.api.Assertions.assertTrue(rules.tableSessions().usable());
        Case normal = finding("walk-10-feet");
        String expected = plan(rules, normal, rules.kieBase().newStatelessKieSession(Engine.SESSION), 2_000);
        assertEquals(expected, plan(rules, normal, null, 2_000));
        for (String bad : List.of("eating", "toileting-hygiene", "eating")) {
            String outcome = plan(rules, finding(bad), null, 2_000);
            org.junit.jupiter.api.Assertions.assertTrue(outcome.startsWith("error: "), outcome);
            assertEquals(expected, plan(rules, normal, null, 2_000), "after " + bad);
        }
        // The same in preloaded sessions (untraced plans): a runaway plan (plain insert, firing limit) or a broken
        // consequence leaves facts behind; that session is disposed, never handed to the next plan.
        String untracedExpected = untraced(rules, normal, rules.kieBase().newStatelessKieSession(Engine.SESSION), 2_000);
        assertEquals(untracedExpected, untraced(rules, normal, null, 2_000));
        for (String bad : List.of("eating", "toileting-hygiene", "eating")) {
            String outcome = untraced(rules, finding(bad), null, 2_000);
            org.junit.jupiter.api.Assertions.assertTrue(outcome.startsWith("error: "), outcome);
            assertEquals(untracedExpected, untraced(rules, normal, null, 2_000), "after " + bad);
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
