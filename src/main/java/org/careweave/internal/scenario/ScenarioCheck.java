package org.careweave.internal.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.careweave.io.PlanWriter;
import org.careweave.plan.CarePlan;
import org.careweave.plan.ClaimDate;
import org.careweave.plan.ClaimLine;
import org.careweave.plan.DisciplineDecision;
import org.careweave.plan.PlanAlert;
import org.careweave.plan.ProblemItem;
import org.careweave.plan.Reason;

/**
 * Compares a plan with a scenario's expectation. The expectation's keys:
 * <ul>
 * <li>{@code disciplines}: {@code {"pt": true, "ot": false}}</li>
 * <li>{@code leads}: {@code {"walk-150-feet": "pt"}}; the area must be a problem led by that discipline</li>
 * <li>{@code notProblems}: areas that must not be problems</li>
 * <li>{@code sources}: {@code {"walk-150-feet": "000_"}}; some reason of that problem cites a source
 * containing the text</li>
 * <li>{@code goals}, {@code interventions}, {@code schedule}, {@code problems} (area, region, side, lead) and
 * {@code decisions} (the plan's disciplines: discipline, indicated, scope, referral): objects each of which some item must match on
 * every field stated; an empty list states that the plan has none ({@code "goals": []}: no goals)</li>
 * <li>{@code claims}: lines as {@code {"date", "discipline", "code", ...}}; exactly one line of that date,
 * discipline and code (and modifier set, when {@code modifiers} is stated; and minutes, when {@code minutes} is
 * stated and several lines share the rest, as two home health visits on one date do) must exist and match every
 * other field stated</li>
 * <li>{@code claimLines}: the total number of claim lines</li>
 * <li>{@code alerts}: {@code {"present": [{"kind": ..., ...}], "absent": ["kind", ...]}}</li>
 * <li>{@code precautions}: the plan's precautions, all of them: as many items as listed, each matching one on every
 * field stated</li>
 * <li>{@code goalCount}: the total number of goals (with {@code goals} stating each, the goal list whole)</li>
 * <li>{@code discharge}: {@code recommendedSetting} exactly (null: to be decided), and {@code reasons} (the
 * setting's reasons, e.g. {@code {"rule": ...}}: why it is what it is, or why it is to be decided),
 * {@code equipment}, {@code homeProgram}, {@code referrals} all of them (as many as listed, each matching one on
 * every field stated; an empty list: none); null: no discharge plan</li>
 * </ul>
 * An unknown key is itself a mismatch, so a typo in a scenario never passes silently.
 */
final class ScenarioCheck {

    private ScenarioCheck() {}

    public static List<Mismatch> check(CarePlan plan, JsonNode expected) {
        return check(plan, expected, java.util.function.UnaryOperator.identity());
    }

    /**
     * As {@link #check(CarePlan, JsonNode)}, with the {@code sources} expectations read as the plan cites them: a
     * rule author writes the seed article's file key as the rule's {@code @source} does, and the plan names the
     * article by its title ({@code RuleSet.cite}).
     */
    public static List<Mismatch> check(CarePlan plan, JsonNode expected, java.util.function.UnaryOperator<String> cite) {
        List<Mismatch> out = new ArrayList<>();
        JsonNode actual = PlanWriter.mapper().valueToTree(plan);
        for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!ExpectationShape.KEYS.contains(key)) {
                out.add(new Mismatch("unknown expectation '" + key + "'", "one of " + ExpectationShape.KEYS, key,
                        List.of()));
            }
        }
        for (Map.Entry<String, JsonNode> e : fields(expected.path("disciplines"))) {
            DisciplineDecision d = plan.discipline(e.getKey());
            boolean want = e.getValue().asBoolean();
            if (d == null || d.indicated() != want) {
                out.add(new Mismatch("disciplines." + e.getKey() + ".indicated", String.valueOf(want),
                        d == null ? "(none)" : String.valueOf(d.indicated()),
                        d == null ? List.of() : rules(d.reasons())));
            }
        }
        for (Map.Entry<String, JsonNode> e : fields(expected.path("leads"))) {
            ProblemItem p = problem(plan, e.getKey());
            String want = e.getValue().asText();
            if (p == null || !p.lead().equals(want)) {
                out.add(new Mismatch("lead of " + e.getKey(), want, p == null ? "(not a problem)" : p.lead(),
                        p == null ? List.of() : rules(p.reasons())));
            }
        }
        for (JsonNode area : expected.path("notProblems")) {
            ProblemItem p = problem(plan, area.asText());
            if (p != null) {
                out.add(new Mismatch("problem " + area.asText(), "(not a problem)", "led by " + p.lead(),
                        rules(p.reasons())));
            }
        }
        for (Map.Entry<String, JsonNode> e : fields(expected.path("sources"))) {
            ProblemItem p = problem(plan, e.getKey());
            String want = e.getValue().asText();
            String wantCited = cite.apply(want);
            boolean cited = p != null && p.reasons().stream()
                    .anyMatch(r -> r.source() != null && (r.source().contains(want) || r.source().contains(wantCited)));
            if (!cited) {
                out.add(new Mismatch("source cited for " + e.getKey(), "a reason citing '" + want + "'",
                        p == null ? "(not a problem)" : String.valueOf(p.reasons().stream().map(Reason::source).toList()),
                        p == null ? List.of() : rules(p.reasons())));
            }
        }
        // expectation key -> plan list it partially matches ("decisions" are the plan's disciplines, to check
        // contract v2 scope and referral; "problems" check a region's lead and side)
        Map<String, String> lists = new java.util.LinkedHashMap<>();
        for (String list : List.of("goals", "interventions", "schedule", "problems")) {
            lists.put(list, list);
        }
        lists.put("decisions", "disciplines");
        for (Map.Entry<String, String> l : lists.entrySet()) {
            JsonNode stated = expected.path(l.getKey());
            if (stated.isArray() && stated.isEmpty() && !actual.path(l.getValue()).isEmpty()) {
                // an empty list is a statement, not "nothing to check": e.g. a billing case plans no goals
                out.add(new Mismatch(l.getKey(), "[] (none)", actual.path(l.getValue()).toString(), List.of()));
            }
            for (JsonNode want : stated) {
                if (!anyMatches(want, actual.path(l.getValue()))) {
                    out.add(new Mismatch(l.getKey(), want.toString(), actual.path(l.getValue()).toString(),
                            decidedBy(plan, want)));
                }
            }
        }
        complete("precautions", expected.path("precautions"), actual.path("precautions"), plan, out);
        if (expected.has("discharge")) {
            JsonNode want = expected.get("discharge");
            JsonNode have = actual.path("discharge");
            if (want.isNull() != (have.isNull() || have.isMissingNode())) {
                out.add(new Mismatch("discharge", want.toString(), have.toString(), List.of()));
            } else if (!want.isNull()) {
                if (want.has("recommendedSetting") && !want.get("recommendedSetting").equals(have.path("recommendedSetting"))) {
                    out.add(new Mismatch("discharge recommendedSetting", want.get("recommendedSetting").toString(),
                            have.path("recommendedSetting").toString(), reasonRules(have.path("reasons"))));
                }
                for (String list : List.of("reasons", "equipment", "homeProgram", "referrals")) {
                    complete("discharge " + list, want.path(list), have.path(list), plan, out);
                }
            }
        }
        if (expected.has("goalCount") && expected.get("goalCount").asInt() != plan.goals().size()) {
            out.add(new Mismatch("number of goals", expected.get("goalCount").asText(),
                    String.valueOf(plan.goals().size()), List.of()));
        }
        claims(plan, expected, out);
        alerts(plan, expected.path("alerts"), actual.path("alerts"), out);
        return out;
    }

    private static void claims(CarePlan plan, JsonNode expected, List<Mismatch> out) {
        ArrayNode lines = JsonNodeFactory.instance.arrayNode();
        for (ClaimDate date : plan.claims()) {
            for (ClaimLine line : date.lines()) {
                JsonNode node = PlanWriter.mapper().valueToTree(line);
                ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("date", date.date().toString());
                lines.add(node);
            }
        }
        for (JsonNode want : expected.path("claims")) {
            List<JsonNode> same = new ArrayList<>();
            for (JsonNode line : lines) {
                // A line is one date, discipline, code and modifier set: when the expectation states modifiers,
                // they pick the line (the same code may be billed twice, once with CQ/CO).
                if (line.path("date").equals(want.path("date")) && line.path("discipline").equals(want.path("discipline"))
                        && line.path("code").equals(want.path("code"))
                        && (!want.has("modifiers") || line.path("modifiers").equals(want.path("modifiers")))) {
                    same.add(line);
                }
            }
            String what = "claim line " + want.path("date").asText() + " " + want.path("discipline").asText() + " "
                    + want.path("code").asText() + (want.has("modifiers") ? " " + want.path("modifiers") : "");
            if (same.size() > 1 && want.has("minutes")) {
                // Medicare home health bills each visit on its own line: two visits of one discipline on one date
                // are two lines of one code, told apart by their minutes when the expectation states them.
                same.removeIf(line -> !matches(want.get("minutes"), line.path("minutes")));
            }
            if (same.size() != 1) {
                out.add(new Mismatch(what, "exactly one such line", same.size() + " lines", List.of()));
            } else if (!matches(want, same.get(0))) {
                out.add(new Mismatch(what, want.toString(), same.get(0).toString(),
                        reasonRules(same.get(0).path("reasons"))));
            }
        }
        if (expected.has("claimLines") && expected.get("claimLines").asInt() != lines.size()) {
            out.add(new Mismatch("number of claim lines", expected.get("claimLines").asText(),
                    String.valueOf(lines.size()), List.of()));
        }
    }

    private static void alerts(CarePlan plan, JsonNode expected, JsonNode actual, List<Mismatch> out) {
        for (JsonNode want : expected.path("present")) {
            if (!anyMatches(want, actual)) {
                out.add(new Mismatch("alert present", want.toString(), actual.toString(), List.of()));
            }
        }
        for (JsonNode kind : expected.path("absent")) {
            for (PlanAlert a : plan.alerts()) {
                if (a.kind().equals(kind.asText())) {
                    out.add(new Mismatch("alert absent: " + kind.asText(), "(none)", a.message(), List.of(a.rule())));
                }
            }
        }
    }

    /** A list stated whole: as many items as expected, each expected item matching some item. */
    private static void complete(String what, JsonNode want, JsonNode have, CarePlan plan, List<Mismatch> out) {
        if (want.isMissingNode()) {
            return;
        }
        boolean ok = want.size() == have.size();
        for (JsonNode w : want) {
            ok &= anyMatches(w, have);
        }
        if (!ok) {
            out.add(new Mismatch(what, want.toString(), have.toString(), List.of()));
        }
    }

    private static boolean anyMatches(JsonNode want, JsonNode items) {
        for (JsonNode item : items) {
            if (matches(want, item)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Partial match: every field of {@code want} is in {@code have} with an equal value; a field named
     * {@code xContains} matches when field {@code x} contains the text.
     */
    static boolean matches(JsonNode want, JsonNode have) {
        if (want.isObject()) {
            for (Map.Entry<String, JsonNode> e : fields(want)) {
                String key = e.getKey();
                if (key.endsWith("Contains") && !have.has(key)) {
                    String field = key.substring(0, key.length() - "Contains".length());
                    if (!have.path(field).asText().contains(e.getValue().asText())) {
                        return false;
                    }
                } else if (!have.has(key) || !matches(e.getValue(), have.get(key))) {
                    return false;
                }
            }
            return true;
        }
        if (want.isNumber() && have.isNumber()) {
            return want.decimalValue().compareTo(have.decimalValue()) == 0;
        }
        return want.equals(have);
    }

    /**
     * The rules behind a goal, intervention or schedule that was expected but not found: the reasons of the
     * problem it names ({@code area}, which decide who plans for it), else of that discipline's schedule and
     * indication.
     */
    private static List<String> decidedBy(CarePlan plan, JsonNode want) {
        ProblemItem p = want.hasNonNull("area") ? problem(plan, want.get("area").asText()) : null;
        if (p != null) {
            return rules(p.reasons());
        }
        if (want.hasNonNull("discipline")) {
            String d = want.get("discipline").asText();
            List<Reason> reasons = new ArrayList<>();
            plan.schedule().stream().filter(s -> s.discipline().equals(d)).forEach(s -> reasons.addAll(s.reasons()));
            DisciplineDecision decision = plan.discipline(d);
            if (decision != null) {
                reasons.addAll(decision.reasons());
            }
            return rules(reasons);
        }
        return List.of();
    }

    private static ProblemItem problem(CarePlan plan, String area) {
        return plan.problems().stream().filter(p -> p.area().equals(area)).findFirst().orElse(null);
    }

    private static List<String> rules(List<Reason> reasons) {
        return reasons.stream().map(Reason::rule).distinct().toList();
    }

    private static List<String> reasonRules(JsonNode reasons) {
        List<String> out = new ArrayList<>();
        reasons.forEach(r -> out.add(r.path("rule").asText()));
        return out;
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        node.fields().forEachRemaining(out::add);
        return out;
    }
}
