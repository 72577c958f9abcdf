package org.careweave.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careweave.PlanningException;
import org.careweave.TestRules;
import org.careweave.internal.batch.CaseGenerator;
import org.careweave.io.CaseReader;
import org.careweave.io.PlanWriter;
import org.careweave.model.Case;
import org.junit.jupiter.api.Test;
import org.kie.api.command.Command;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.QueryResults;
import org.kie.api.runtime.rule.QueryResultsRow;
import org.kie.internal.command.CommandFactory;

/**
 * The engine reads its queries with a command of its own (Engine.ReadQueries) in a pooled session, not with one
 * {@code newQuery} command per conclusion type in a new session. This checks, on generated cases, that both give
 * the same conclusions (as multisets per query) and byte-identical plans.
 */
class ReadBackTest {

    @Test
    void theEngineReadsBackExactlyWhatTheQueryCommandsReturn() {
        RuleSet rules = TestRules.planner().rules();
        CaseGenerator gen = CaseGenerator.realisticMix(7L);
        int planned = 0;
        for (int i = 0; i < 150; i++) {
            Case c = CaseReader.read(gen.next("rb-" + i));
            DecisionRecorder queried = new DecisionRecorder(false);
            Map<String, List<Object>> byQueries = viaQueries(rules, c, queried);
            Map<String, List<Object>> byEngine = viaReadQueries(rules, c);
            assertEquals(sorted(byQueries), sorted(byEngine), "case rb-" + i);
            String former;
            try {
                former = PlanWriter.jsonLine(PlanAssembler.assemble(c.caseId(), rules,
                        new Conclusions(byQueries, queried, rules), null));
            } catch (PlanningException e) {
                continue; // the rules cannot plan this generated case; the conclusions still matched
            }
            assertEquals(former, PlanWriter.jsonLine(Engine.run(rules, c, false, 20_000).plan()), "case rb-" + i);
            planned++;
        }
        org.junit.jupiter.api.Assertions.assertTrue(planned > 0, "no generated case could be compared");
    }

    /**
     * ReadBack runs each query with its own row collector (FactRows), not {@code getQueryResults}: on generated
     * cases, every query gives the same facts (the same objects) in the same order both ways.
     */
    @Test
    void theEnginesQueryRunsGiveWhatGetQueryResultsGivesInTheSameOrder() {
        RuleSet rules = TestRules.planner().rules();
        CaseGenerator gen = CaseGenerator.realisticMix(8L);
        int rows = 0;
        for (int i = 0; i < 40; i++) {
            Case c = CaseReader.read(gen.next("fr-" + i));
            org.kie.api.runtime.KieSession session = rules.kieBase().newKieSession();
            try {
                if (rules.tablesGlobal() != null) {
                    session.setGlobal(org.careweave.fact.Tables.GLOBAL, rules.tablesGlobal());
                }
                DecisionRecorder recorder = new DecisionRecorder(false);
                session.addEventListener((RuleRuntimeEventListener) recorder);
                rules.sessionTableFacts().forEach(session::insert);
                CaseFacts.of(c).forEach(session::insert);
                session.fireAllRules(20_000);
                Map<String, List<Object>> read = rules.readBack().read(session, recorder.insertedClasses());
                for (String q : Engine.ALL_QUERIES) {
                    List<Object> expected = ReadBack.rows(session, q);
                    List<Object> actual = read.get(q);
                    assertEquals(expected.size(), actual.size(), "case fr-" + i + ", query " + q);
                    for (int k = 0; k < expected.size(); k++) {
                        org.junit.jupiter.api.Assertions.assertSame(expected.get(k), actual.get(k),
                                "case fr-" + i + ", query " + q + ", row " + k);
                    }
                    rows += expected.size();
                }
            } finally {
                session.dispose();
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(rows > 1_000, "too few rows compared: " + rows);
    }

    /**
     * The engine skips a query none of whose type's facts were inserted (ReadBack); that needs each query's type,
     * read from the compiled query. A query whose type is not found would still be run (correct, only slower).
     */
    @Test
    void everyReadBackQueryHasItsFactTypeAndAQueryOfAnAbsentTypeIsSkipped() {
        RuleSet rules = TestRules.planner().rules();
        for (String q : Engine.ALL_QUERIES) {
            Class<?> type = ReadBack.factType(rules.kieBase(), q);
            assertEquals(q, type == null ? null : type.getSimpleName(), "query " + q);
        }
        assertEquals(null, ReadBack.factType(rules.kieBase(), "no such query"));
        // The skip rests only on what the recorder saw inserted: a Line already in the session before the recorder
        // listened is not read; once a Line insert is seen, the query runs and finds both.
        org.kie.api.runtime.KieSession session = rules.kieBase().newKieSession();
        try {
            session.insert(line(1));
            DecisionRecorder recorder = new DecisionRecorder(false);
            session.addEventListener((RuleRuntimeEventListener) recorder);
            assertEquals(List.of(), rules.readBack().read(session, recorder.insertedClasses()).get("Line"));
            session.insert(line(2));
            assertEquals(2, rules.readBack().read(session, recorder.insertedClasses()).get("Line").size());
            assertEquals(ReadBack.rows(session, "Line"), rules.readBack().read(session, recorder.insertedClasses())
                    .get("Line"));
        } finally {
            session.dispose();
        }
    }

    private static org.careweave.fact.billing.Line line(int minutes) {
        return new org.careweave.fact.billing.Line(java.time.LocalDate.of(2026, 11, 2), "pt", "97110", true, true,
                minutes, minutes, false, 0, "v" + minutes);
    }

    private static List<String> names() {
        return Engine.ALL_QUERIES;
    }

    private static Map<String, List<String>> sorted(Map<String, List<Object>> byType) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        byType.forEach((k, v) -> out.put(k, v.stream().map(String::valueOf).sorted().toList()));
        return out;
    }

    /** The engine's former read-back: one query per conclusion type. */
    private static Map<String, List<Object>> viaQueries(RuleSet rules, Case c, DecisionRecorder recorder) {
        List<Object> facts = new ArrayList<>(rules.sessionTableFacts());
        facts.addAll(CaseFacts.of(c));
        List<Command<?>> commands = new ArrayList<>();
        commands.add(CommandFactory.newInsertElements(facts));
        commands.add(CommandFactory.newFireAllRules(20_000));
        for (String q : names()) {
            commands.add(CommandFactory.newQuery(q, q));
        }
        StatelessKieSession session = withTables(rules, rules.kieBase().newStatelessKieSession());
        session.addEventListener((AgendaEventListener) recorder);
        session.addEventListener((RuleRuntimeEventListener) recorder);
        ExecutionResults results = session.execute(CommandFactory.newBatchExecution(commands));
        Map<String, List<Object>> byType = new LinkedHashMap<>();
        for (String q : names()) {
            List<Object> rows = new ArrayList<>();
            for (QueryResultsRow row : (QueryResults) results.getValue(q)) {
                rows.add(row.get("$fact"));
            }
            byType.put(q, rows);
        }
        return byType;
    }

    /** The engine's own read-back command, in a new session. */
    private static Map<String, List<Object>> viaReadQueries(RuleSet rules, Case c) {
        List<Object> facts = new ArrayList<>(rules.sessionTableFacts());
        facts.addAll(CaseFacts.of(c));
        DecisionRecorder recorder = new DecisionRecorder(false);
        Engine.ReadQueries read = new Engine.ReadQueries(rules.readBack(), recorder);
        StatelessKieSession session = withTables(rules, rules.kieBase().newStatelessKieSession());
        session.addEventListener((RuleRuntimeEventListener) recorder);
        session.execute(CommandFactory.newBatchExecution(List.of(
                CommandFactory.newInsertElements(facts), CommandFactory.newFireAllRules(20_000), read)));
        return read.byType;
    }

    /** The session with the rule set's table index as the global rules look rows up in (as Engine gives it). */
    private static StatelessKieSession withTables(RuleSet rules, StatelessKieSession session) {
        if (rules.tablesGlobal() != null) {
            session.setGlobal(org.careweave.fact.Tables.GLOBAL, rules.tablesGlobal());
        }
        return session;
    }
}
