package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careweave.RuleProblem;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Rules built without a {@code @source}: every reason a plan gives names its rule's source (CONTRACT.md), so a
 * rules folder with such a rule is refused when it is read (plan --rules, test, diff, serve's hot reload), not only
 * by {@code validate}; the trial of 2 December 2026 planned with it and gave reasons whose source was null. The
 * problem is said in {@link RuleLinter}'s words at the rule header's line, so validate, which runs both, says it
 * once.
 */
final class UnsourcedRules {

    private UnsourcedRules() {}

    /**
     * One problem per rule of {@code kieBase} whose {@code @source} is missing or blank, at
     * {@code rules/<file>:<line>} of its header (line 0 when the header cannot be found).
     *
     * @param files the rule source's files, by path under the rules folder
     */
    static List<RuleProblem> check(Map<String, String> files, KieBase kieBase) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, Map<String, Integer>> headers = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (!(rule instanceof RuleImpl impl) || impl.isQuery() || impl.getResource() == null) {
                    continue;
                }
                Object src = rule.getMetaData().get("source");
                if (src != null && !src.toString().isBlank()) {
                    continue;
                }
                String place = RuleSet.displayPath(impl.getResource().getSourcePath());
                if (!place.startsWith("rules/")) {
                    continue;
                }
                String text = files.get(place.substring("rules/".length()));
                if (text == null) {
                    continue; // the engine's own DRL, not a rules-folder file
                }
                int line = headers.computeIfAbsent(place, p -> headerLines(text)).getOrDefault(rule.getName(), 0);
                problems.add(new RuleProblem(place, line, "rule \"" + rule.getName() + "\" has no @source(\"...\"):"
                        + " name the seed file, CMS manual section or page it rests on"));
            }
        }
        return problems;
    }

    /** The line of each rule header of a file, by rule name (the first, when a name repeats). */
    private static Map<String, Integer> headerLines(String source) {
        Map<String, Integer> lines = new HashMap<>();
        for (RuleHeaders.Header header : RuleHeaders.of(source)) {
            lines.putIfAbsent(header.name(), header.line());
        }
        return lines;
    }
}
