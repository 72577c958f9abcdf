package org.careweave.internal.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careweave.model.Vocabulary;

/**
 * Checks that a {@code NAME.expected.json} is well formed before it is run: only the keys
 * {@link ScenarioCheck} documents, each with the right JSON type. A problem is {@code {pointer, message}}, so a
 * typo in a scenario is reported as bad input (exit 2), not as a failing rule.
 */
final class ExpectationShape {

    static final Set<String> KEYS = Set.of("description", "disciplines", "leads", "notProblems", "sources",
            "goals", "interventions", "schedule", "claims", "claimLines", "alerts", "problems", "decisions",
            "precautions", "discharge", "goalCount");

    private ExpectationShape() {}

    static List<String[]> check(JsonNode root) {
        List<String[]> out = new ArrayList<>();
        if (root == null || !root.isObject()) {
            out.add(new String[] {"", "must be a JSON object"});
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = "/" + escape(e.getKey());
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "description" -> require(v.isTextual(), at, "must be a string", out);
                case "disciplines" -> {
                    if (require(v.isObject(), at, "must be an object such as {\"pt\": true}", out)) {
                        v.fields().forEachRemaining(d -> {
                            discipline(d.getKey(), at + "/" + escape(d.getKey()), out);
                            require(d.getValue().isBoolean(), at + "/" + escape(d.getKey()), "must be true or false",
                                    out);
                        });
                    }
                }
                case "leads" -> {
                    if (require(v.isObject(), at, "must be an object such as {\"walk-150-feet\": \"pt\"}", out)) {
                        v.fields().forEachRemaining(l -> {
                            String p = at + "/" + escape(l.getKey());
                            if (require(l.getValue().isTextual(), p, "must be \"pt\" or \"ot\"", out)) {
                                discipline(l.getValue().asText(), p, out);
                            }
                        });
                    }
                }
                case "sources" -> {
                    if (require(v.isObject(), at, "must be an object of area to source text", out)) {
                        v.fields().forEachRemaining(s -> require(s.getValue().isTextual(),
                                at + "/" + escape(s.getKey()), "must be a string", out));
                    }
                }
                case "notProblems" -> eachOf(v, at, JsonNode::isTextual, "a string (an area)", out);
                case "goals", "interventions", "schedule", "problems", "decisions", "precautions" ->
                        eachOf(v, at, JsonNode::isObject, "an object", out);
                case "discharge" -> {
                    if (require(v.isObject() || v.isNull(), at, "must be an object (or null: no discharge plan)", out)
                            && v.isObject()) {
                        v.fields().forEachRemaining(f -> {
                            String p = at + "/" + escape(f.getKey());
                            switch (f.getKey()) {
                                case "recommendedSetting" -> require(f.getValue().isTextual() || f.getValue().isNull(),
                                        p, "must be a setting or null", out);
                                case "reasons", "equipment", "homeProgram", "referrals" ->
                                        eachOf(f.getValue(), p, JsonNode::isObject, "an object", out);
                                default -> out.add(new String[] {p, "unknown key (recommendedSetting, reasons, "
                                        + "equipment, homeProgram, referrals)"});
                            }
                        });
                    }
                }
                case "claims" -> {
                    if (eachOf(v, at, JsonNode::isObject, "an object", out)) {
                        for (int i = 0; i < v.size(); i++) {
                            for (String key : List.of("date", "discipline", "code")) {
                                require(v.get(i).path(key).isTextual(), at + "/" + i + "/" + key,
                                        "required (a claim line is found by date, discipline and code)", out);
                            }
                        }
                    }
                }
                case "goalCount" -> require(v.canConvertToInt() && v.isIntegralNumber() && v.asInt() >= 0, at,
                        "must be a whole number >= 0", out);
                case "claimLines" -> require(v.canConvertToInt() && v.isIntegralNumber() && v.asInt() >= 0, at,
                        "must be a whole number >= 0", out);
                case "alerts" -> {
                    if (require(v.isObject(), at, "must be {\"present\": [...], \"absent\": [...]}", out)) {
                        v.fieldNames().forEachRemaining(k -> {
                            if (!k.equals("present") && !k.equals("absent")) {
                                out.add(new String[] {at + "/" + escape(k),
                                        "unknown key; alerts has \"present\" and \"absent\""});
                            }
                        });
                        if (v.has("present")) {
                            eachOf(v.get("present"), at + "/present", JsonNode::isObject, "an object", out);
                        }
                        if (v.has("absent")) {
                            eachOf(v.get("absent"), at + "/absent", JsonNode::isTextual, "a string (an alert kind)",
                                    out);
                        }
                    }
                }
                default -> out.add(new String[] {at, "unknown expectation; keys are "
                        + String.join(", ", KEYS.stream().sorted().toList())});
            }
        }
        return out;
    }

    private static boolean eachOf(JsonNode v, String at, java.util.function.Predicate<JsonNode> ok, String what,
            List<String[]> out) {
        if (!require(v.isArray(), at, "must be an array", out)) {
            return false;
        }
        boolean all = true;
        for (int i = 0; i < v.size(); i++) {
            all &= require(ok.test(v.get(i)), at + "/" + i, "must be " + what, out);
        }
        return all;
    }

    private static void discipline(String d, String at, List<String[]> out) {
        require(Vocabulary.DISCIPLINES.contains(d), at, "'" + d + "' is not a discipline (pt or ot)", out);
    }

    private static boolean require(boolean ok, String at, String message, List<String[]> out) {
        if (!ok) {
            out.add(new String[] {at, message});
        }
        return ok;
    }

    /** JSON pointer escaping (RFC 6901). */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
