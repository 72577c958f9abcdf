package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careweave.RuleProblem;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Rules a file declares that the build does not have. An annotation whose {@code (} or string is never closed
 * ({@code @source("CMS ...} without its {@code ")}) takes everything up to the next stray {@code )} as its text: the
 * rules in between are swallowed without a syntax error, and the set would plan without them. Each rule header
 * ({@code rule "X"} at the start of a line, outside comments) that Drools did not build from that file is an error
 * at the header's line.
 */
final class UnbuiltRules {

    /**
     * A rule header at a line's start; a name in quotes without escapes (an escaped name is rare, and would need
     * the lexer's unescaping to compare), or a plain identifier.
     */
    private static final Pattern HEADER = Pattern.compile(
            "(?m)^[ \\t]*rule[ \\t]+(?:\"([^\"\\\\\\n]*)\"|'([^'\\\\\\n]*)'|([A-Za-z_$][\\w$]*)(?=\\s|$))");

    private UnbuiltRules() {}

    /** One problem per rule header of {@code files} (paths under the rules folder) with no rule built from it. */
    static List<RuleProblem> check(Map<String, String> files, KieBase kieBase) {
        Set<String> built = new HashSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (rule instanceof RuleImpl impl && impl.getResource() != null) {
                    built.add(RuleSet.displayPath(impl.getResource().getSourcePath()) + "\u0000" + rule.getName());
                }
            }
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (!file.getKey().endsWith(".drl")) {
                continue;
            }
            String place = "rules/" + file.getKey();
            String text = RuleLiterals.withoutComments(file.getValue());
            Matcher m = HEADER.matcher(text);
            int counted = 0;
            int line = 1;
            while (m.find()) {
                for (; counted < m.start(); counted++) {
                    line += text.charAt(counted) == '\n' ? 1 : 0;
                }
                String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                if (!built.contains(place + "\u0000" + name)) {
                    problems.add(new RuleProblem(place, line, "rule \"" + name + "\" was not built: its text was "
                            + "swallowed by what comes before it (an unclosed '(' or string above?)"));
                }
            }
        }
        return problems;
    }
}
