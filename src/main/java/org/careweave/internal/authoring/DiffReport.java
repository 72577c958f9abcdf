package org.careweave.internal.authoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careweave.io.PlanWriter;

/**
 * What a {@link RuleDiff} found: the two rule sets, how many cases were planned, every change, every rule whose
 * firings changed, and the cases that could not be read under either rule set. Rendered as text for people and
 * as JSON for tools; both list changes in case order, then by kind ({@link RuleDiff#KINDS}), then by item.
 *
 * @param oldRules the old rule set's origin and version
 * @param newRules the new rule set's origin and version
 * @param cases    cases planned under at least one rule set
 * @param changes  every difference, in case order
 * @param firings  every rule that fired a different number of times in some case, by rule name
 * @param skipped  cases that were bad input under both rule sets
 */
public record DiffReport(Rules oldRules, Rules newRules, int cases, List<PlanChange> changes,
        List<RuleFirings> firings, List<Skipped> skipped) {

    /**
     * A rule set.
     *
     * @param origin  where it was read: {@code bundled}, a folder, {@code git:REV}
     * @param version its content hash, {@code sha256:...}
     */
    public record Rules(String origin, String version) {}

    /**
     * A rule whose firings changed.
     *
     * @param rule   the rule's name
     * @param file   its file under {@code rules/} (null if unknown)
     * @param before total firings over all cases under the old rules
     * @param after  total firings under the new rules
     * @param cases  in how many cases the count differed
     */
    public record RuleFirings(String rule, String file, int before, int after, int cases) {}

    /**
     * A case that could not be read under either rule set.
     *
     * @param origin  where it was read
     * @param message why: a JSON pointer and message, never the case's values
     */
    public record Skipped(String origin, String message) {}

    /**
     * Copies the lists, and sorts the changes of each case by kind.
     *
     * @param oldRules the old rule set
     * @param newRules the new rule set
     * @param cases    cases planned
     * @param changes  every difference, in case order
     * @param firings  rules whose firings changed
     * @param skipped  cases unreadable under both rule sets
     */
    public DiffReport {
        List<PlanChange> sorted = new ArrayList<>(changes);
        // Stable sort: case order is kept, and within a case the kinds follow KINDS.
        Map<String, Integer> caseOrder = new LinkedHashMap<>();
        changes.forEach(c -> caseOrder.putIfAbsent(c.origin(), caseOrder.size()));
        sorted.sort((x, y) -> {
            int byCase = Integer.compare(caseOrder.get(x.origin()), caseOrder.get(y.origin()));
            return byCase != 0 ? byCase : Integer.compare(RuleDiff.KINDS.indexOf(x.kind()),
                    RuleDiff.KINDS.indexOf(y.kind()));
        });
        changes = List.copyOf(sorted);
        firings = List.copyOf(firings);
        skipped = List.copyOf(skipped);
    }

    /**
     * The case ids with at least one change.
     *
     * @return case ids in case order
     */
    public Set<String> changedCases() {
        Set<String> ids = new LinkedHashSet<>();
        changes.forEach(c -> ids.add(c.caseId()));
        return ids;
    }

    /**
     * Number of changes and of cases affected per kind.
     *
     * @return kind to {changes, cases}, in {@link RuleDiff#KINDS} order, kinds without changes left out
     */
    public Map<String, int[]> countsByKind() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String kind : RuleDiff.KINDS) {
            List<PlanChange> of = changes.stream().filter(c -> c.kind().equals(kind)).toList();
            if (!of.isEmpty()) {
                counts.put(kind, new int[] {of.size(), (int) of.stream().map(PlanChange::origin).distinct().count()});
            }
        }
        return counts;
    }

    /**
     * The report for people.
     *
     * @return a summary with counts per kind (and of the cases skipped, which the command names on stderr), the
     *         changes grouped by kind, then the rules whose firings changed
     */
    public String text() {
        StringBuilder s = new StringBuilder();
        s.append("old rules: ").append(oldRules.origin()).append(' ').append(oldRules.version()).append('\n');
        s.append("new rules: ").append(newRules.origin()).append(' ').append(newRules.version()).append('\n');
        s.append(cases).append(" case(s) planned, ").append(changedCases().size()).append(" changed, ")
                .append(changes.size()).append(" change(s)");
        if (!skipped.isEmpty()) {
            s.append(", ").append(skipped.size()).append(" skipped (bad input)");
        }
        s.append('\n');
        countsByKind().forEach((kind, n) -> s.append(String.format("  %-13s %4d change(s) in %d case(s)%n", kind,
                n[0], n[1])));
        for (String kind : countsByKind().keySet()) {
            s.append('\n').append(kind.toUpperCase(java.util.Locale.ROOT)).append('\n');
            for (PlanChange c : changes) {
                if (!c.kind().equals(kind)) {
                    continue;
                }
                s.append("  ").append(c.caseId()).append(" (").append(c.origin()).append("): ").append(c.subject())
                        .append('\n');
                s.append("    before: ").append(c.before()).append(rules(c.rulesBefore())).append('\n');
                s.append("    after:  ").append(c.after()).append(rules(c.rulesAfter())).append('\n');
            }
        }
        if (!firings.isEmpty()) {
            s.append("\nRULES WHOSE FIRINGS CHANGED (before -> after, cases)\n");
            for (RuleFirings f : firings) {
                s.append(String.format("  %5d -> %-5d %3d  %s%s%n", f.before(), f.after(), f.cases(), f.rule(),
                        f.file() == null ? "" : "  (" + f.file() + ")"));
            }
        }
        // each skipped case is refused on stderr by the command, once (a user's trial saw every one twice, here
        // and there); the summary line above counts them
        return s.toString();
    }

    private static String rules(List<String> rules) {
        return rules.isEmpty() ? "" : "  [" + String.join("; ", rules) + "]";
    }

    /**
     * The report for tools: {@code {oldRules, newRules, cases, changedCases[], counts{kind: {changes, cases}},
     * changes[{kind, caseId, origin, subject, before, after, rulesBefore[], rulesAfter[]}],
     * firings[{rule, file, before, after, cases}], skipped[{origin, message}]}}.
     *
     * @return the report as pretty-printed JSON, ending with a line break
     */
    public String json() {
        ObjectMapper m = PlanWriter.mapper();
        ObjectNode root = m.createObjectNode();
        root.set("oldRules", m.valueToTree(oldRules));
        root.set("newRules", m.valueToTree(newRules));
        root.put("cases", cases);
        ArrayNode ids = root.putArray("changedCases");
        changedCases().forEach(ids::add);
        ObjectNode counts = root.putObject("counts");
        countsByKind().forEach((kind, n) -> counts.putObject(kind).put("changes", n[0]).put("cases", n[1]));
        root.set("changes", m.valueToTree(changes));
        root.set("firings", m.valueToTree(firings));
        root.set("skipped", m.valueToTree(skipped));
        try {
            return m.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the diff report", e);
        }
    }
}
