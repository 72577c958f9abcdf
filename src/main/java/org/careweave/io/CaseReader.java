package org.careweave.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.careweave.model.BillingOptions;
import org.careweave.model.Case;
import org.careweave.model.Condition;
import org.careweave.model.Finding;
import org.careweave.model.Home;
import org.careweave.model.Order;
import org.careweave.model.Patient;
import org.careweave.model.Payer;
import org.careweave.model.PatientGoal;
import org.careweave.model.PlanOfCare;
import org.careweave.model.Service;
import org.careweave.model.Visit;
import org.careweave.model.Vocabulary;

/**
 * Reads a case from JSON exactly as the contract defines it. Strict on purpose: an unknown field, a value outside
 * its vocabulary or range, or a wrong type is an {@link InputException} naming the JSON pointer, because a typo
 * must never change a plan quietly. Validates form, not meaning: whether a code is billable is the rules' call.
 */
public final class CaseReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Compiled once: String.matches would compile the pattern again for every condition and service. */
    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
    private static final Pattern CPT_HCPCS = Pattern.compile("[0-9A-Z]{5}");

    private CaseReader() {}

    public static Case read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static Case read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
        return read(root);
    }

    public static Case read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
        return read(root);
    }

    private static InputException malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new InputException("", "malformed JSON" + where + ": " + e.getOriginalMessage());
    }

    /** Reads an already parsed document. */
    public static Case read(JsonNode root) {
        Obj c = Obj.of(root, "", Set.of("caseId", "asOf", "patient", "setting", "payer", "conditions", "findings",
                "home", "goals", "orders", "visits", "plansOfCare", "billing"));
        return new Case(
                c.text("caseId", true),
                c.date("asOf", false),
                c.object("patient", (o, p) -> {
                    Obj patient = Obj.of(o, p, Set.of("id", "birthDate"));
                    return new Patient(patient.text("id", false), patient.date("birthDate", false));
                }),
                c.oneOf("setting", Vocabulary.SETTINGS, true),
                c.object("payer", CaseReader::payer),
                c.list("conditions", CaseReader::condition),
                c.list("findings", CaseReader::finding),
                c.object("home", (o, p) -> {
                    Obj home = Obj.of(o, p, Set.of("livesAlone", "entryStairs", "bathroom"));
                    return new Home(home.bool("livesAlone"), home.integer("entryStairs", 0, 1000, false),
                            home.oneOf("bathroom", Vocabulary.BATHROOMS, false));
                }),
                c.list("goals", (o, p) -> {
                    Obj goal = Obj.of(o, p, Set.of("text", "activity"));
                    return new PatientGoal(goal.text("text", false),
                            goal.oneOf("activity", Vocabulary.GOAL_ACTIVITIES, true));
                }),
                c.list("orders", (o, p) -> {
                    Obj order = Obj.of(o, p, Set.of("discipline", "date"));
                    return new Order(order.oneOf("discipline", Vocabulary.DISCIPLINES, true),
                            order.date("date", false));
                }),
                c.list("visits", CaseReader::visit),
                c.list("plansOfCare", CaseReader::planOfCare),
                c.object("billing", (o, p) -> {
                    Obj billing = Obj.of(o, p, Set.of("cotreatmentUnits"));
                    return new BillingOptions(billing.oneOf("cotreatmentUnits", Vocabulary.COTREATMENT_UNITS, false));
                }));
    }

    private static Payer payer(JsonNode node, String at) {
        Obj payer = Obj.of(node, at, Set.of("kind", "unitMethod", "allowedToDate"));
        return new Payer(
                payer.oneOf("kind", Vocabulary.PAYER_KINDS, true),
                payer.oneOf("unitMethod", Vocabulary.UNIT_METHODS, false),
                payer.object("allowedToDate", (o, p) -> {
                    Obj allowed = Obj.of(o, p, Set.of("ptSlp", "ot"));
                    return new Payer.AllowedToDate(allowed.money("ptSlp"), allowed.money("ot"));
                }));
    }

    private static Condition condition(JsonNode node, String at) {
        Obj c = Obj.of(node, at, Set.of("code", "category", "onset"));
        String code = c.text("code", false);
        if (code != null && !ICD10.matcher(code).matches()) {
            throw new InputException(at + "/code", "'" + code + "' is not an ICD-10-CM code (e.g. Z96.641)");
        }
        return new Condition(code, c.oneOf("category", Vocabulary.CONDITION_CATEGORIES, true), c.date("onset", false));
    }

    private static Finding finding(JsonNode node, String at) {
        Obj f = Obj.of(node, at, Set.of("area", "level", "score"));
        String area = f.oneOf("area", Vocabulary.FINDING_AREAS, true);
        Integer level = f.integer("level", 1, 6, false);
        Double score = f.number("score");
        if (level != null && !Vocabulary.GG_AREAS.contains(area)) {
            throw new InputException(at + "/level", "'" + area + "' is not a Section GG item; give a score instead");
        }
        if (level == null && Vocabulary.GG_AREAS.contains(area)) {
            throw new InputException(at + "/level", "required for Section GG item '" + area + "' (1-6)");
        }
        if (score != null && Vocabulary.GG_AREAS.contains(area)) {
            throw new InputException(at + "/score", "'" + area + "' is a Section GG item; give a level (1-6)");
        }
        return new Finding(area, level, score);
    }

    private static Visit visit(JsonNode node, String at) {
        Obj v = Obj.of(node, at, Set.of("date", "services"));
        LocalDate date = v.date("date", true);
        return new Visit(date, v.list("services", (o, p) -> {
            Obj s = Obj.of(o, p, Set.of("discipline", "code", "minutes", "cotreatment", "start", "byAssistant",
                    "patientsInSession", "area"));
            String code = s.text("code", true);
            if (!CPT_HCPCS.matcher(code).matches()) {
                throw new InputException(p + "/code", "'" + code + "' is not a CPT/HCPCS code (5 characters)");
            }
            Integer patients = s.integer("patientsInSession", 1, 100, false);
            return new Service(
                    s.oneOf("discipline", Vocabulary.DISCIPLINES, true),
                    code,
                    s.integer("minutes", 0, 24 * 60, true),
                    Boolean.TRUE.equals(s.bool("cotreatment")),
                    s.time("start"),
                    Boolean.TRUE.equals(s.bool("byAssistant")),
                    patients,
                    s.oneOf("area", Vocabulary.FINDING_AREAS, false));
        }));
    }

    private static PlanOfCare planOfCare(JsonNode node, String at) {
        Obj p = Obj.of(node, at, Set.of("discipline", "start", "certified", "progressReports"));
        return new PlanOfCare(
                p.oneOf("discipline", Vocabulary.DISCIPLINES, true),
                p.date("start", true),
                p.date("certified", false),
                p.list("progressReports", (n, ptr) -> {
                    if (!n.isTextual()) {
                        throw new InputException(ptr, "must be a date (YYYY-MM-DD)");
                    }
                    return parseDate(n.asText(), ptr);
                }));
    }

    private static LocalDate parseDate(String text, String at) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InputException(at, "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** A JSON object at a pointer, with typed accessors that fail with that pointer. */
    private record Obj(JsonNode node, String at) {

        static Obj of(JsonNode node, String at, Set<String> allowed) {
            if (node == null || !node.isObject()) {
                throw new InputException(at, "must be an object");
            }
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw new InputException(at + "/" + escape(name), "unknown field; allowed here: "
                            + String.join(", ", allowed.stream().sorted().toList()));
                }
            }
            return new Obj(node, at);
        }

        private JsonNode get(String name) {
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? null : v;
        }

        private String ptr(String name) {
            return at + "/" + name;
        }

        String text(String name, boolean required) {
            JsonNode v = get(name);
            if (v == null) {
                if (required) {
                    throw new InputException(ptr(name), "required");
                }
                return null;
            }
            if (!v.isTextual()) {
                throw new InputException(ptr(name), "must be a string");
            }
            if (required && v.asText().isBlank()) {
                throw new InputException(ptr(name), "must not be empty");
            }
            return v.asText();
        }

        String oneOf(String name, Collection<String> allowed, boolean required) {
            String v = text(name, required);
            if (v != null && !allowed.contains(v)) {
                throw new InputException(ptr(name), "unknown value '" + v + "'; expected one of "
                        + String.join(", ", allowed));
            }
            return v;
        }

        LocalDate date(String name, boolean required) {
            String v = text(name, required);
            return v == null ? null : parseDate(v, ptr(name));
        }

        LocalTime time(String name) {
            String v = text(name, false);
            if (v == null) {
                return null;
            }
            try {
                return LocalTime.parse(v);
            } catch (DateTimeParseException e) {
                throw new InputException(ptr(name), "'" + v + "' is not a time (HH:MM)");
            }
        }

        Boolean bool(String name) {
            JsonNode v = get(name);
            if (v == null) {
                return null;
            }
            if (!v.isBoolean()) {
                throw new InputException(ptr(name), "must be true or false");
            }
            return v.booleanValue();
        }

        Integer integer(String name, int min, int max, boolean required) {
            JsonNode v = get(name);
            if (v == null) {
                if (required) {
                    throw new InputException(ptr(name), "required");
                }
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw new InputException(ptr(name), "must be a whole number");
            }
            int i = v.intValue();
            if (i < min) {
                throw new InputException(ptr(name), "must be >= " + min);
            }
            if (i > max) {
                throw new InputException(ptr(name), "must be <= " + max);
            }
            return i;
        }

        Double number(String name) {
            JsonNode v = get(name);
            if (v == null) {
                return null;
            }
            if (!v.isNumber()) {
                throw new InputException(ptr(name), "must be a number");
            }
            return v.doubleValue();
        }

        double money(String name) {
            Double v = number(name);
            if (v == null) {
                return 0;
            }
            if (v < 0) {
                throw new InputException(ptr(name), "must be >= 0");
            }
            return v;
        }

        <T> T object(String name, BiFunction<JsonNode, String, T> reader) {
            JsonNode v = get(name);
            return v == null ? null : reader.apply(v, ptr(name));
        }

        <T> List<T> list(String name, BiFunction<JsonNode, String, T> reader) {
            JsonNode v = get(name);
            if (v == null) {
                return List.of();
            }
            if (!v.isArray()) {
                throw new InputException(ptr(name), "must be an array");
            }
            List<T> out = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                out.add(reader.apply(v.get(i), ptr(name) + "/" + i));
            }
            return out;
        }

        private static String escape(String name) {
            return name.replace("~", "~0").replace("/", "~1");
        }
    }
}
