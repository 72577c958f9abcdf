package org.careweave.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;
import org.kie.api.command.Command;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.QueryResults;
import org.kie.api.runtime.rule.QueryResultsRow;
import org.kie.internal.command.CommandFactory;

/**
 * Runs one case through a rule set in a fresh stateless session: insert the case and table facts, fire with a
 * bound, read the conclusions back with the engine's queries, assemble the plan.
 */
public final class Engine {

    /** Query names the engine reads; each is the simple name of a fact type (see queries.drl). */
    static final List<String> QUERIES = List.of("Need", "Problem", "Lead", "Indication", "NoIndication",
            "PlanGoal", "Intervention", "Schedule", "Alert");

    private Engine() {}

    /** The outcome of one run: the plan and how often each rule fired (for coverage). */
    public record Run(CarePlan plan, Map<String, Integer> firings) {}

    public static Run run(RuleSet ruleSet, Case c, boolean trace, int maxFirings) {
        List<String> queries = new ArrayList<>(QUERIES);
        queries.addAll(org.careweave.billing.BillingQueries.NAMES);

        List<Object> facts = new ArrayList<>(ruleSet.tableFacts());
        facts.addAll(CaseFacts.of(c));

        List<Command<?>> commands = new ArrayList<>(queries.size() + 2);
        commands.add(CommandFactory.newInsertElements(facts));
        commands.add(CommandFactory.newFireAllRules(maxFirings));
        for (String q : queries) {
            commands.add(CommandFactory.newQuery(q, q));
        }

        StatelessKieSession session = ruleSet.kieBase().newStatelessKieSession();
        DecisionRecorder recorder = new DecisionRecorder(trace);
        session.addEventListener((AgendaEventListener) recorder);
        session.addEventListener((RuleRuntimeEventListener) recorder);
        ExecutionResults results = session.execute(CommandFactory.newBatchExecution(commands));

        if (recorder.totalFirings() >= maxFirings) {
            String rule = recorder.mostFired();
            RuleSet.RuleInfo info = ruleSet.rule(rule);
            throw new PlanningException("rules stopped after " + maxFirings + " firings: rule \"" + rule + "\""
                    + (info != null && info.file() != null ? " in " + info.file() : "")
                    + " fired " + recorder.firings().get(rule) + " times; it probably re-activates itself");
        }

        Map<String, List<Object>> byType = new LinkedHashMap<>();
        for (String q : queries) {
            List<Object> rows = new ArrayList<>();
            for (QueryResultsRow row : (QueryResults) results.getValue(q)) {
                rows.add(row.get("$fact"));
            }
            byType.put(q, rows);
        }
        Conclusions conclusions = new Conclusions(byType, recorder, ruleSet);
        CarePlan plan = PlanAssembler.assemble(c.caseId(), ruleSet, conclusions, trace ? recorder.log() : null);
        return new Run(plan, Map.copyOf(recorder.firings()));
    }
}
