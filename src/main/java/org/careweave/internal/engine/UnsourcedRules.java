package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** A rule header at a line's start, as {@link UnbuiltRules} finds it. */
    private static final Pattern HEADER = Pattern.compile(
            "(?m)^[ \\t]*rule[ \\t]+(?:\"([^\"\\\\\\n]*)\"|'([^'\\\\\\n]*)'|([A-Za-z_$][\\w$]*)(?=\\s|$))");

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
        String text = RuleLiterals.withoutComments(source);
        Map<String, Integer> lines = new HashMap<>();
        Matcher m = HEADER.matcher(text);
        int counted = 0;
        int line = 1;
        while (m.find()) {
            for (; counted < m.start(); counted++) {
                line += text.charAt(counted) == '\n' ? 1 : 0;
            }
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            lines.putIfAbsent(name, line + leadingNewlines(m.group()));
        }
        return lines;
    }

    private static int leadingNewlines(String match) {
        int n = 0;
        for (int i = 0; i < match.length() && Character.isWhitespace(match.charAt(i)); i++) {
            if (match.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
