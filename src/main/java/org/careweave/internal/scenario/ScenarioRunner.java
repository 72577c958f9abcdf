package org.careweave.internal.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careweave.PlanningException;
import org.careweave.internal.engine.Engine;
import org.careweave.internal.engine.Planner;
import org.careweave.internal.engine.RuleSet;

/** Runs scenarios against one rule set and collects, besides pass or fail, which rules fired (coverage). */
public final class ScenarioRunner {

    private ScenarioRunner() {}

    /**
     * The outcome of one scenario: its mismatches, or the error that kept the rules from making a plan
     * ({@code error} non-null, e.g. two leads for one problem), and how often each rule fired.
     */
    public record Result(Scenario scenario, List<Mismatch> mismatches, String error, Map<String, Integer> firings) {
        public boolean passed() {
            return error == null && mismatches.isEmpty();
        }
    }

    /** Every result, in scenario order, and the coverage of the rule set by all of them. */
    public record Report(RuleSet rules, List<Result> results, Coverage coverage) {
        public long passed() {
            return results.stream().filter(Result::passed).count();
        }

        public long failed() {
            return results.size() - passed();
        }

        public List<Result> failures() {
            return results.stream().filter(r -> !r.passed()).toList();
        }
    }

    public static Report run(RuleSet rules, List<Scenario> scenarios) {
        Planner planner = Planner.of(rules, Planner.DEFAULT_MAX_FIRINGS);
        List<Result> results = new ArrayList<>();
        Map<String, Map<String, Integer>> firings = new LinkedHashMap<>();
        for (Scenario s : scenarios) {
            Result r;
            try {
                Engine.Run run = planner.run(s.input(), false);
                r = new Result(s, ScenarioCheck.check(run.plan(), s.expected(), rules::cite), null, run.firings());
            } catch (PlanningException e) {
                r = new Result(s, List.of(), e.getMessage(), Map.of());
            } catch (RuntimeException | StackOverflowError e) {
                // a defect in the engine, still reported as this scenario's failure so the others run
                r = new Result(s, List.of(), "internal error (" + e.getClass().getSimpleName() + ")", Map.of());
            }
            results.add(r);
            firings.put(s.name(), r.firings());
        }
        return new Report(rules, results, Coverage.of(rules, firings));
    }
}
