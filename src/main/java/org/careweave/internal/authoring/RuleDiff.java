package org.careweave.internal.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.careweave.InputException;
import org.careweave.PlanningException;
import org.careweave.internal.engine.Engine;
import org.careweave.internal.engine.Planner;
import org.careweave.internal.engine.RuleSet;
import org.careweave.io.CaseReader;
import org.careweave.io.PlanWriter;
import org.careweave.model.Case;

/**
 * Rule-change impact: plans every case under an old and a new rule set and reports each difference in the plans,
 * by kind, with the rules that decided it before and after, and every rule whose firings changed. A rule author
 * runs it before committing a change; CI can fail on an unexpected change. Plans are compared as the JSON the
 * contract defines, so the comparison follows the contract's names rather than internal types.
 */
public final class RuleDiff {

    /** The kinds of change, in report order. */
    public static final List<String> KINDS = List.of("plan", "indication", "problem", "lead", "goal",
            "intervention", "schedule", "claim-units", "charge", "modifiers", "claim-line", "alerts");

    /**
     * A claim line's fields compared by a kind of their own ({@code claim-units}, {@code charge}, {@code modifiers})
     * or that only identify or explain it; every other field the plan carries on a line (minutes, delivered minutes,
     * place of service, revenue code, diagnoses, and any added later) is compared as {@code claim-line}.
     */
    private static final java.util.Set<String> LINE_FIELDS_APART = java.util.Set.of("discipline", "code", "units",
            "charge", "modifiers", "reasons");

    private static final String ABSENT = "-";

    private final RuleSet oldRules;
    private final RuleSet newRules;
    private final Planner oldPlanner;
    private final Planner newPlanner;

    /**
     * Compares plans made with {@code oldRules} and {@code newRules}.
     *
     * @param oldRules the rule set before the change
     * @param newRules the rule set after it
     */
    public RuleDiff(RuleSet oldRules, RuleSet newRules) {
        this.oldRules = Objects.requireNonNull(oldRules);
        this.newRules = Objects.requireNonNull(newRules);
        this.oldPlanner = Planner.of(oldRules, Planner.DEFAULT_MAX_FIRINGS);
        this.newPlanner = Planner.of(newRules, Planner.DEFAULT_MAX_FIRINGS);
    }

    /** What one rule set made of one case: a plan and its rule firings, or why there is none. */
    private record Side(JsonNode plan, Map<String, Integer> firings, String failure, boolean badInput) {}

    /**
     * Plans every case under both rule sets and compares the plans. A case that is bad input under both rule sets
     * is listed in {@link DiffReport#skipped()} (with its JSON pointer, never its values), as is one read as refused
     * ({@link CaseFiles.CaseText#refused()}: a line over the size of a case), unplanned; one that plans under one
     * rule set only is a change of kind {@code plan}.
     *
     * @param cases the cases' texts, read against each rule set's own vocabularies
     * @return every change, the rules whose firings changed, and the skipped cases
     */
    public DiffReport compare(List<CaseFiles.CaseText> cases) {
        List<PlanChange> changes = new ArrayList<>();
        List<DiffReport.Skipped> skipped = new ArrayList<>();
        Map<String, int[]> firingTotals = new TreeMap<>();
        Map<String, Integer> firingCases = new TreeMap<>();
        int planned = 0;
        for (CaseFiles.CaseText text : cases) {
            if (text.refused() != null) {
                // unreadable under any rule set: listed as a case bad under both is, without planning it
                skipped.add(new DiffReport.Skipped(text.origin(), "bad input: " + text.refused()));
                continue;
            }
            Side before = plan(oldPlanner, oldRules, text.json());
            Side after = plan(newPlanner, newRules, text.json());
            if (before.badInput() && after.badInput()) {
                skipped.add(new DiffReport.Skipped(text.origin(), before.failure()));
                continue;
            }
            planned++;
            String caseId = caseId(before, after, text);
            Map<String, int[]> delta = firingDelta(before.firings(), after.firings());
            delta.forEach((rule, counts) -> {
                int[] total = firingTotals.computeIfAbsent(rule, r -> new int[2]);
                total[0] += counts[0];
                total[1] += counts[1];
                firingCases.merge(rule, 1, Integer::sum);
            });
            changes.addAll(new CaseComparison(caseId, text.origin(), before, after, delta).changes());
        }
        List<DiffReport.RuleFirings> firings = new ArrayList<>();
        firingTotals.forEach((rule, t) -> firings.add(new DiffReport.RuleFirings(rule, fileOf(rule), t[0], t[1],
                firingCases.get(rule))));
        return new DiffReport(new DiffReport.Rules(oldRules.source().origin(), oldRules.version()),
                new DiffReport.Rules(newRules.source().origin(), newRules.version()), planned, changes, firings,
                skipped);
    }

    private String fileOf(String rule) {
        RuleSet.RuleInfo info = newRules.rule(rule);
        if (info == null) {
            info = oldRules.rule(rule);
        }
        return info == null ? null : info.file();
    }

    private static String caseId(Side before, Side after, CaseFiles.CaseText text) {
        for (Side s : List.of(before, after)) {
            if (s.plan() != null) {
                return s.plan().path("caseId").asText();
            }
        }
        return text.origin();
    }

    private static Side plan(Planner planner, RuleSet rules, String json) {
        Case c;
        try {
            c = CaseReader.read(json, rules.vocabulary());
        } catch (InputException e) {
            return new Side(null, Map.of(), "bad input: " + e.getMessage(), true);
        }
        try {
            // With the trace: goals and interventions carry no reasons, so the rules that decided them are read
            // from the firings that matched their area (see planRules).
            Engine.Run run = planner.run(c, true);
            return new Side(PlanWriter.mapper().valueToTree(run.plan()), run.firings(), null, false);
        } catch (PlanningException e) {
            return new Side(null, Map.of(), "no plan: " + e.getMessage(), false);
        }
    }

    /** Rules whose firing count in one case differs: rule -> {before, after}. */
    private static Map<String, int[]> firingDelta(Map<String, Integer> before, Map<String, Integer> after) {
        Map<String, int[]> delta = new TreeMap<>();
        TreeSet<String> rules = new TreeSet<>(before.keySet());
        rules.addAll(after.keySet());
        for (String rule : rules) {
            int b = before.getOrDefault(rule, 0);
            int a = after.getOrDefault(rule, 0);
            if (a != b) {
                delta.put(rule, new int[] {b, a});
            }
        }
        return delta;
    }

    /** The comparison of one case's two plans. */
    private static final class CaseComparison {

        private final String caseId;
        private final String origin;
        private final Side before;
        private final Side after;
        private final List<String> firedBefore;
        private final List<String> firedAfter;
        private final List<PlanChange> changes = new ArrayList<>();

        CaseComparison(String caseId, String origin, Side before, Side after, Map<String, int[]> delta) {
            this.caseId = caseId;
            this.origin = origin;
            this.before = before;
            this.after = after;
            this.firedBefore = delta.entrySet().stream().filter(e -> e.getValue()[0] > 0).map(Map.Entry::getKey)
                    .toList();
            this.firedAfter = delta.entrySet().stream().filter(e -> e.getValue()[1] > 0).map(Map.Entry::getKey)
                    .toList();
        }

        List<PlanChange> changes() {
            if (before.plan() == null || after.plan() == null) {
                String b = before.plan() == null ? before.failure() : "planned";
                String a = after.plan() == null ? after.failure() : "planned";
                if (!b.equals(a)) {
                    changes.add(new PlanChange("plan", caseId, origin, "plan", b, a, firedBefore, firedAfter));
                }
                return changes;
            }
            JsonNode b = before.plan();
            JsonNode a = after.plan();
            compare("indication", items(b, "disciplines", d -> "discipline " + d.path("discipline").asText(),
                    RuleDiff::indication, RuleDiff::reasonRules),
                    items(a, "disciplines", d -> "discipline " + d.path("discipline").asText(),
                            RuleDiff::indication, RuleDiff::reasonRules));
            Map<String, Item> problemsBefore = items(b, "problems", RuleDiff::problemKey,
                    p -> "lead " + p.path("lead").asText(), RuleDiff::reasonRules);
            Map<String, Item> problemsAfter = items(a, "problems", RuleDiff::problemKey,
                    p -> "lead " + p.path("lead").asText(), RuleDiff::reasonRules);
            for (String key : union(problemsBefore, problemsAfter)) {
                Item x = problemsBefore.get(key);
                Item y = problemsAfter.get(key);
                String kind = x != null && y != null ? "lead" : "problem";
                add(kind, key, x, y);
            }
            compare("goal", items(b, "goals", RuleDiff::goalKey, RuleDiff::goalValue, g -> planRules(b, g)),
                    items(a, "goals", RuleDiff::goalKey, RuleDiff::goalValue, g -> planRules(a, g)));
            compare("intervention", items(b, "interventions", RuleDiff::interventionKey, i -> "planned",
                    i -> planRules(b, i)), items(a, "interventions", RuleDiff::interventionKey, i -> "planned",
                    i -> planRules(a, i)));
            compare("schedule", items(b, "schedule", s -> "schedule " + s.path("discipline").asText(),
                    RuleDiff::scheduleValue, RuleDiff::reasonRules), items(a, "schedule",
                    s -> "schedule " + s.path("discipline").asText(), RuleDiff::scheduleValue,
                    RuleDiff::reasonRules));
            Map<String, Item> linesBefore = lines(b);
            Map<String, Item> linesAfter = lines(a);
            for (String key : union(linesBefore, linesAfter)) {
                Item x = linesBefore.get(key);
                Item y = linesAfter.get(key);
                if (x == null || y == null || !x.value().equals(y.value())) {
                    add("claim-units", key, x, y);
                }
                if (x == null || y == null) {
                    continue; // a line added or removed is a claim-units change, above
                }
                // a fee-table change moves only the charge (trial42: 97110 30.00 -> 31.00 was "0 changed")
                String cb = charge(x.node());
                String ca = charge(y.node());
                if (!cb.equals(ca)) {
                    changes.add(new PlanChange("charge", caseId, origin, key, cb, ca, x.rules(), y.rules()));
                }
                String mb = modifiers(x.node());
                String ma = modifiers(y.node());
                if (!mb.equals(ma)) {
                    changes.add(new PlanChange("modifiers", caseId, origin, key, mb, ma, x.rules(), y.rules()));
                }
                String lb = lineRest(x.node());
                String la = lineRest(y.node());
                if (!lb.equals(la)) {
                    changes.add(new PlanChange("claim-line", caseId, origin, key, lb, la, x.rules(), y.rules()));
                }
            }
            compare("alerts", items(b, "alerts", RuleDiff::alertKey, RuleDiff::alertValue,
                    al -> List.of(al.path("rule").asText())), items(a, "alerts", RuleDiff::alertKey,
                    RuleDiff::alertValue, al -> List.of(al.path("rule").asText())));
            return changes;
        }

        private void compare(String kind, Map<String, Item> x, Map<String, Item> y) {
            for (String key : union(x, y)) {
                add(kind, key, x.get(key), y.get(key));
            }
        }

        private void add(String kind, String key, Item x, Item y) {
            String b = x == null ? ABSENT : x.value();
            String a = y == null ? ABSENT : y.value();
            if (!b.equals(a)) {
                changes.add(new PlanChange(kind, caseId, origin, key, b, a, x == null ? List.of() : x.rules(),
                        y == null ? List.of() : y.rules()));
            }
        }
    }

    /** One plan item: its value as compared and the rules that decided it. */
    private record Item(JsonNode node, String value, List<String> rules) {}

    private static List<String> union(Map<String, Item> x, Map<String, Item> y) {
        TreeSet<String> keys = new TreeSet<>(x.keySet());
        keys.addAll(y.keySet());
        return List.copyOf(keys);
    }

    /** The items of one plan list by key; a key seen again gets {@code #2}, {@code #3}... in list order. */
    private static Map<String, Item> items(JsonNode plan, String field, java.util.function.Function<JsonNode, String> key,
            java.util.function.Function<JsonNode, String> value,
            java.util.function.Function<JsonNode, List<String>> rules) {
        Map<String, Item> out = new LinkedHashMap<>();
        for (JsonNode n : plan.path(field)) {
            String k = key.apply(n);
            String unique = k;
            for (int i = 2; out.containsKey(unique); i++) {
                unique = k + " #" + i;
            }
            out.put(unique, new Item(n, value.apply(n), rules.apply(n)));
        }
        return out;
    }

    private static Map<String, Item> lines(JsonNode plan) {
        Map<String, Item> out = new LinkedHashMap<>();
        for (JsonNode day : plan.path("claims")) {
            String date = day.path("date").asText();
            for (JsonNode line : day.path("lines")) {
                String k = "claim " + date + " " + line.path("discipline").asText() + " " + line.path("code").asText();
                String unique = k;
                for (int i = 2; out.containsKey(unique); i++) {
                    unique = k + " #" + i;
                }
                out.put(unique, new Item(line, line.path("units").asInt() + " unit(s)", reasonRules(line)));
            }
        }
        return out;
    }

    /**
     * The rules that decided a goal or an intervention, which the plan lists without reasons: the rules of the
     * {@code plan/} phase that fired on facts of the item's area (from the plan's trace).
     */
    private static List<String> planRules(JsonNode plan, JsonNode item) {
        String area = item.path("area").asText();
        String needle = "area=" + area;
        TreeSet<String> rules = new TreeSet<>();
        for (JsonNode t : plan.path("trace")) {
            String file = t.path("file").asText();
            if (!(file.contains("/plan/") || file.startsWith("plan/"))) {
                continue;
            }
            for (JsonNode fact : t.path("facts")) {
                String f = fact.asText();
                int at = f.indexOf(needle);
                while (at >= 0) {
                    int end = at + needle.length();
                    if (end == f.length() || f.charAt(end) == ',' || f.charAt(end) == ']') {
                        rules.add(t.path("rule").asText());
                        break;
                    }
                    at = f.indexOf(needle, end);
                }
            }
        }
        return List.copyOf(rules);
    }

    private static List<String> reasonRules(JsonNode item) {
        TreeSet<String> rules = new TreeSet<>();
        item.path("reasons").forEach(r -> rules.add(r.path("rule").asText()));
        return List.copyOf(rules);
    }

    private static String indication(JsonNode d) {
        if (!d.path("indicated").asBoolean()) {
            return "not indicated";
        }
        StringBuilder s = new StringBuilder("indicated");
        if (d.hasNonNull("scope")) {
            s.append(" to ").append(d.get("scope").asText());
        }
        if (d.hasNonNull("referral")) {
            s.append(", ").append(d.get("referral").asText());
        }
        return s.toString();
    }

    private static String problemKey(JsonNode p) {
        StringBuilder s = new StringBuilder("problem ").append(p.path("area").asText());
        if (p.hasNonNull("region")) {
            s.append(' ').append(p.get("region").asText());
        }
        if (p.hasNonNull("side")) {
            s.append(' ').append(p.get("side").asText());
        }
        return s.toString();
    }

    private static String goalKey(JsonNode g) {
        return "goal " + g.path("discipline").asText() + " " + g.path("area").asText() + ": " + g.path("text").asText();
    }

    /** A goal's other fields (term, weeks, baseline, target...), without its id, which only numbers it. */
    private static String goalValue(JsonNode g) {
        ObjectNode rest = g.deepCopy();
        rest.remove(List.of("id", "discipline", "area", "text"));
        return rest.isEmpty() ? "planned" : rest.toString();
    }

    private static String interventionKey(JsonNode i) {
        return "intervention " + i.path("discipline").asText() + " " + i.path("area").asText() + " "
                + i.path("code").asText();
    }

    private static String scheduleValue(JsonNode s) {
        return s.path("visitsPerWeek").asInt() + "/week for " + s.path("weeks").asInt() + " weeks";
    }

    private static String alertKey(JsonNode a) {
        String ref = a.path("ref").isNull() || a.path("ref").isMissingNode() ? "" : " " + a.path("ref").asText();
        return "alert " + a.path("kind").asText() + ref;
    }

    private static String alertValue(JsonNode a) {
        return a.path("severity").asText() + ": " + a.path("message").asText();
    }

    /** A line's charge with two decimals ({@code 31.00}), {@code none} when the plan gives none. */
    private static String charge(JsonNode line) {
        JsonNode c = line.get("charge");
        if (c == null || c.isNull()) {
            return "none";
        }
        return c.isNumber() ? c.decimalValue().setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString()
                : c.asText();
    }

    /** A line's other billed fields as compact JSON in the plan's field order ({@code {"minutes":25,...}}). */
    private static String lineRest(JsonNode line) {
        ObjectNode rest = line.deepCopy();
        rest.remove(LINE_FIELDS_APART);
        return rest.toString();
    }

    private static String modifiers(JsonNode line) {
        List<String> m = new ArrayList<>();
        line.path("modifiers").forEach(x -> m.add(x.asText()));
        return m.isEmpty() ? "none" : String.join(" ", m);
    }
}
