package org.careweave.internal.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.careweave.internal.engine.RuleSet;

/**
 * How often each rule of a rule set fired over a run of scenarios, and in which scenarios: a rule no scenario
 * fires is a rule no scenario tests. Rules are listed by file, then name.
 */
public record Coverage(List<RuleCoverage> rules) {

    /** One rule: where it is, its firings summed over every scenario, and the scenarios it fired in. */
    public record RuleCoverage(String rule, String file, int firings, List<String> scenarios) {}

    public Coverage {
        rules = List.copyOf(rules);
    }

    /** Sums the firings of each scenario ({@code scenario name -> rule -> firings}) over a rule set's rules. */
    public static Coverage of(RuleSet ruleSet, Map<String, Map<String, Integer>> firingsByScenario) {
        Map<String, Integer> total = new TreeMap<>();
        Map<String, TreeSet<String>> where = new TreeMap<>();
        firingsByScenario.forEach((scenario, firings) -> firings.forEach((rule, n) -> {
            if (n > 0) {
                total.merge(rule, n, Integer::sum);
                where.computeIfAbsent(rule, r -> new TreeSet<>()).add(scenario);
            }
        }));
        List<RuleCoverage> out = new ArrayList<>();
        for (RuleSet.RuleInfo info : ruleSet.rules().values()) {
            out.add(new RuleCoverage(info.name(), info.file(), total.getOrDefault(info.name(), 0),
                    List.copyOf(where.getOrDefault(info.name(), new TreeSet<>()))));
        }
        out.sort(Comparator.comparing((RuleCoverage r) -> String.valueOf(r.file())).thenComparing(RuleCoverage::rule));
        return new Coverage(out);
    }

    /** Rules that fired in no scenario. */
    public List<RuleCoverage> notFired() {
        return rules.stream().filter(r -> r.firings() == 0).toList();
    }

    public int fired() {
        return rules.size() - notFired().size();
    }

    /** Share of rules fired, 0-100, to one decimal; 100 for an empty rule set. */
    public double percent() {
        return rules.isEmpty() ? 100.0 : Math.round(1000.0 * fired() / rules.size()) / 10.0;
    }
}
