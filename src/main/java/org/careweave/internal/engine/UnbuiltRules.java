package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
            for (RuleHeaders.Header header : RuleHeaders.of(file.getValue())) {
                String name = header.name();
                int line = header.line();
                if (!built.contains(place + "\u0000" + name)) {
                    problems.add(new RuleProblem(place, line, "rule \"" + name + "\" was not built: its text was "
                            + "swallowed by what comes before it (an unclosed '(' or string above?)"));
                }
            }
        }
        return problems;
    }
}
