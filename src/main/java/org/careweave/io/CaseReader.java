package org.careweave.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.careweave.InputException;
import org.careweave.internal.engine.Vocabularies;
import org.careweave.internal.io.Allowed;
import org.careweave.internal.io.CaseIds;
import org.careweave.internal.io.FieldNames;
import org.careweave.internal.io.JsonInput;
import org.careweave.internal.io.PlanDate;
import org.careweave.internal.io.SafeText;
import org.careweave.model.BillingOptions;
import org.careweave.model.Case;
import org.careweave.model.Condition;
import org.careweave.model.Finding;
import org.careweave.model.Home;
import org.careweave.model.Order;
import org.careweave.model.Patient;
import org.careweave.model.PatientGoal;
import org.careweave.model.Payer;
import org.careweave.model.PlanOfCare;
import org.careweave.model.Precaution;
import org.careweave.model.PriorFunction;
import org.careweave.model.Service;
import org.careweave.model.Visit;
import org.careweave.model.Vocabulary;

/**
 * Reads a case from JSON exactly as the contract defines it. Strict on purpose: an unknown field, a value outside
 * its vocabulary or range, or a wrong type is an {@link InputException} naming the JSON pointer, because a typo
 * must never change a plan quietly. A case with several such errors is refused once with all of them, in the order
 * their places have in the case as written ({@link InputException#errors()}), so its author mends them in one go,
 * top to bottom. Validates form, not meaning: whether a code is billable is the rules' call.
 * Closed vocabularies (areas, condition categories, settings, payer kinds, regions, precautions, equipment...)
 * come from a {@link Vocabulary}: the bundled rules' tables by default, or those of the rule set in use
 * ({@link org.careweave.CarePlanner#vocabulary()}), so a rule author adds a value with a table row and no Java
 * change. The JSON Schema of the case is in the jar at {@code org/careweave/schema/case.schema.json}; units are
 * those of the contract: minutes for service time, Section GG levels 1-6, dollars for amounts, ISO dates.
 */
public final class CaseReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // a number with a fraction or exponent kept exactly as written, so that 2.3e1 minutes is the whole number
            // 23 and 2.35e1 is not, decided on the text rather than on a double that may have rounded it
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // one case per document (per batch line): "{...} x" or "{...}{...}" is refused, not half read, by
            // JsonInput.readOne, which says so in careweave's words (the parser's check would say "Trailing token
            // (of type START_OBJECT) found after value (bound as `com.fasterxml...`)")
            .build();

    /**
     * Writes a {@link Case} built in Java as contract JSON (record components only, nulls left out), so that
     * {@link #validate(Case, Vocabulary)} checks it with exactly the reader's rules.
     */
    private static final ObjectMapper CASE_WRITER = JsonMapper.builder()
            .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .addModule(new com.fasterxml.jackson.databind.module.SimpleModule().addSerializer(LocalTime.class,
                    new com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase(LocalTime.class) {
                        @Override
                        public String valueToString(Object value) {
                            return value.toString(); // "10:00", or "10:00:30" which the reader refuses
                        }
                    }))
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .visibility(com.fasterxml.jackson.annotation.PropertyAccessor.ALL,
                    com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE)
            .visibility(com.fasterxml.jackson.annotation.PropertyAccessor.FIELD,
                    com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY)
            .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            .build();

    /** Earliest and latest year a date in a case may have: a birth date after 1900, a visit before 2200. */
    public static final int MIN_YEAR = 1900;
    /** Latest year a date in a case may have (see {@link #MIN_YEAR}). */
    public static final int MAX_YEAR = 2199;
    /**
     * Most items in any list of a case (visits, findings, services of a visit...): a visit a day for over a
     * year. A longer list is bad input at its pointer, so a huge case is refused before any rule runs.
     */
    public static final int MAX_ITEMS = 500;
    /**
     * Longest {@code caseId}, in characters; it must not be blank nor hold control characters either (the caller's
     * identifier is copied into the plan, so it is bounded like every other input).
     */
    public static final int MAX_CASE_ID = CaseIds.MAX_LENGTH;
    /**
     * Most services in all visits of a case together: 500 visit dates of 4 services, the largest claim the billing
     * rules are measured on (BigClaimTest plans it in well under a second). A longer list of visits is bad input at
     * {@code /visits}, not a plan that runs into the time limit and blames a rule.
     */
    public static final int MAX_SERVICES = 2_000;
    /** Longest string in a case, in characters (a goal in the patient's words is the longest free text). */
    public static final int MAX_TEXT = 1_000;
    /**
     * Largest case document, in bytes of UTF-8 JSON (1 MiB), the same as a {@code plan --batch} line: the largest
     * case the other limits allow is about a quarter of it. Read from a stream or a file, a longer case is refused
     * at {@code /} before it is parsed, so memory stays bounded whatever is given.
     */
    public static final int MAX_CASE_BYTES = 1 << 20;
    /** Largest amount of money a case may give, in dollars (allowed to date). */
    public static final double MAX_DOLLARS = 10_000_000;
    /** A named score scale ends with its range, e.g. {@code nrs-0-10} (areas.csv, column scale). */
    private static final Pattern SCALE_RANGE = Pattern.compile(".*-([0-9]+)-([0-9]+)");

    /** Compiled once: String.matches would compile the pattern again for every condition and service. */
    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
    private static final Pattern CPT_HCPCS = Pattern.compile("[0-9A-Z]{5}");
    /** Precaution details are short free text (limits, not notes). */
    private static final int MAX_DETAIL = 200;

    private final Vocabulary vocabulary;

    /** The errors of this read so far: a case with several is refused once, with all of them (bounded). */
    private final Found found = new Found();

    /** The dates the checks between dates compare, recorded where they are read ({@link #checkDates}). */
    private final DatesRead dates = new DatesRead();

    /** The findings read so far, by item (area, region, side), each with its pointer: one finding per item. */
    private final Map<String, String> findingsRead = new HashMap<>();

    private CaseReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Reads a case file (UTF-8 JSON) against the bundled rules' vocabularies.
     *
     * @param file the case file
     * @return the case
     * @throws IOException    if the file cannot be read
      * @throws InputException naming the JSON pointer of each bad value, all in one ({@link InputException#errors()};
     *                        e.g. {@code /findings/0/level: must be <= 6}) or, for malformed JSON, its line and
     *                        column; never echoing personal values
     */
    public static Case read(Path file) throws IOException {
        return read(file, Vocabularies.bundled());
    }

    /**
     * Reads a case file against {@code vocabulary} (the tables of the rule set in use,
     * {@link org.careweave.CarePlanner#vocabulary()}).
     *
     * @param file       the case file (UTF-8 JSON)
     * @param vocabulary the closed vocabularies to check values against
     * @return the case
     * @throws IOException    if the file cannot be read
      * @throws InputException naming the JSON pointer of each bad value, all in one ({@link InputException#errors()};
     *                        e.g. {@code /findings/0/level: must be <= 6}) or, for malformed JSON, its line and
     *                        column; never echoing personal values
     */
    public static Case read(Path file, Vocabulary vocabulary) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, vocabulary);
        }
    }

    /**
     * Reads one case from a stream (UTF-8 JSON, one document) against the bundled rules' vocabularies.
     *
     * @param in the stream; not closed
     * @return the case
     * @throws IOException    if the stream cannot be read
      * @throws InputException naming the JSON pointer of each bad value, all in one ({@link InputException#errors()};
     *                        e.g. {@code /findings/0/level: must be <= 6}) or, for malformed JSON, its line and
     *                        column; never echoing personal values
     */
    public static Case read(InputStream in) throws IOException {
        return read(in, Vocabularies.bundled());
    }

    /**
     * Reads one case from a stream against {@code vocabulary}.
     *
     * @param in         the stream (UTF-8 JSON, one document); not closed
     * @param vocabulary the closed vocabularies to check values against
     * @return the case
     * @throws IOException    if the stream cannot be read
      * @throws InputException naming the JSON pointer of each bad value, all in one ({@link InputException#errors()};
     *                        e.g. {@code /findings/0/level: must be <= 6}) or, for malformed JSON, its line and
     *                        column; never echoing personal values
     */
    public static Case read(InputStream in, Vocabulary vocabulary) throws IOException {
        byte[] bytes = in.readNBytes(MAX_CASE_BYTES + 1);
        if (bytes.length > MAX_CASE_BYTES) {
            throw tooLarge(JsonInput.longString(bytes, bytes.length, LONG_STRING));
        }
        JsonNode root;
        try {
            root = JsonInput.readOne(MAPPER, bytes);
        } catch (InputException e) {
            throw keysNotShown(e);
        }
        return read(root, vocabulary);
    }

    /**
     * A string this long (UTF-16 units) is over every string limit of a case whatever its characters (a code point
     * is at most two units): in a case over {@link #MAX_CASE_BYTES}, the first such string is named instead of the
     * document ({@link #tooLarge(String)}).
     */
    public static final int LONG_STRING = 2 * MAX_TEXT;

    /**
     * What a case over {@link #MAX_CASE_BYTES} is refused with, for readers that bound the input themselves and
     * parse only its start ({@code plan --batch} lines, which must be said as a case file is). When a string in
     * the case's first {@code MAX_CASE_BYTES + 1} bytes is longer than {@link #LONG_STRING} UTF-16 units
     * ({@code longString}, the parser's pointer of the first), it is named where a person can mend it: at its
     * pointer with its field's own limit, as a case under the size limit has it said; under a key careweave does
     * not have, at the object holding that key, without the key (it may be personal). Else the document as a
     * whole, at {@code /}.
     *
     * @param longString the parser's JSON pointer of the first string too long in the case's start (steps escaped
     *                   as JSON pointers escape them, {@code ""} for a case that is one string), or null for none
     * @return the error to throw or report, never echoing a value
     */
    public static InputException tooLarge(String longString) {
        String after = " (the case is over " + MAX_CASE_BYTES + " bytes (1 MiB) with it, so nothing after it was"
                + " read)";
        if (longString != null && !longString.isEmpty()) {
            String known = knownPart(longString);
            return known.equals(longString)
                    ? new InputException(longString, "must be at most " + maxLength(longString) + " characters" + after)
                    : new InputException(known, "an unknown field holds a string over " + MAX_TEXT + " characters"
                            + after);
        }
        return new InputException("", "the case is larger than " + MAX_CASE_BYTES + " bytes (1 MiB), the most one"
                + " case may be (a plan --batch line too)");
    }

    /** The start of {@code pointer} whose steps are array indices and field names a case has, all of them. */
    private static String knownPart(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String step : pointer.substring(1).split("/", -1)) {
            boolean index = !step.isEmpty() && step.length() <= 9 && step.chars().allMatch(c -> c >= '0' && c <= '9');
            if (!index && !ALL_FIELDS.contains(step)) {
                break;
            }
            out.append('/').append(step);
        }
        return out.toString();
    }

    /** The longest a string at {@code pointer} may be, in characters: the limits the reader applies to each field. */
    private static int maxLength(String pointer) {
        return pointer.equals("/caseId") ? MAX_CASE_ID
                : PRECAUTION_DETAIL.matcher(pointer).matches() ? MAX_DETAIL : MAX_TEXT;
    }

    private static final Pattern PRECAUTION_DETAIL = Pattern.compile("/precautions/[0-9]+/detail");

    /**
     * Reads one case from JSON text against the bundled rules' vocabularies.
     *
     * @param json the case as JSON
     * @return the case
      * @throws InputException naming the JSON pointer of each bad value, all in one ({@link InputException#errors()};
     *                        e.g. {@code /findings/0/level: must be <= 6}) or, for malformed JSON, its line and
     *                        column; never echoing personal values
     */
    public static Case read(String json) {
        return read(json, Vocabularies.bundled());
    }

    /**
     * Reads one case from JSON text against {@code vocabulary}.
     *
     * @param json       the case as JSON
     * @param vocabulary the closed vocabularies to check values against
     * @return the case
      * @throws InputException naming the JSON pointer of each bad value, all in one ({@link InputException#errors()};
     *                        e.g. {@code /findings/0/level: must be <= 6}) or, for malformed JSON, its line and
     *                        column; never echoing personal values
     */
    public static Case read(String json, Vocabulary vocabulary) {
        // A char is 1 to 3 UTF-8 bytes: count the bytes only when the length alone cannot decide.
        if (json.length() > MAX_CASE_BYTES || (json.length() * 3L > MAX_CASE_BYTES
                && json.getBytes(StandardCharsets.UTF_8).length > MAX_CASE_BYTES)) {
            throw tooLarge(JsonInput.longString(json.substring(0, Math.min(json.length(), MAX_CASE_BYTES + 1)),
                    LONG_STRING));
        }
        JsonNode root;
        try {
            root = JsonInput.readOne(MAPPER, json);
        } catch (InputException e) {
            throw keysNotShown(e);
        }
        return read(root, vocabulary);
    }

    /**
     * Malformed JSON at a pointer the parser made of the keys (a field given twice, nesting too deep) said at the
     * part of it that may be shown ({@link FieldNames#shownPointer}): a key given twice may be personal as much as
     * an unknown one.
     */
    private static InputException keysNotShown(InputException e) {
        String shown = FieldNames.shownPointer(e.pointer(), ALL_FIELDS);
        if (shown.equals(e.pointer())) {
            return e;
        }
        String said = SafeText.escape((e.pointer().isEmpty() ? "/" : e.pointer()) + ": ");
        return new InputException(shown, e.getMessage().startsWith(said) ? e.getMessage().substring(said.length())
                : "malformed JSON");
    }

    /**
     * Checks a {@link Case} built in Java exactly as a case read from JSON is checked (same vocabularies, ranges,
     * sizes and messages), and returns it. For embedders that build cases themselves: {@code CarePlanner.plan}
     * calls it, so a made-up area or minus 30 minutes is bad input at its JSON pointer, not a quiet plan or a rules
     * failure.
     *
     * @param c          the case
     * @param vocabulary the closed vocabularies to check values against
     * @return {@code c} itself
     * @throws InputException naming the JSON pointer of each bad value ({@link InputException#errors()}), e.g.
     *                        {@code /findings/0/area}
     */
    public static Case validate(Case c, Vocabulary vocabulary) {
        LastRead last = LAST_READ.get();
        if (last.c == c && last.vocabulary == vocabulary) {
            return c; // this very case was just read against this very vocabulary: there is nothing left to find
        }
        read(CASE_WRITER.valueToTree(c), vocabulary);
        last.remember(c, vocabulary);
        return c;
    }

    /**
     * The case this thread read (or validated) last and the vocabulary it was checked against. A {@link Case} is
     * immutable all the way down, so validating that same object against that same vocabulary again can only pass:
     * the CLI and {@code plan --batch}, which read a case and then plan it ({@code CarePlanner.plan} validates), skip
     * writing it to a JSON tree and reading it back, ~4% of an example plan's CPU and allocation
     * (src/bench/RESULTS.md, "Java side of a plan"). Only identity counts: an equal case built elsewhere is checked.
     */
    private static final ThreadLocal<LastRead> LAST_READ = ThreadLocal.withInitial(LastRead::new);

    private static final class LastRead {
        private Case c;
        private Vocabulary vocabulary;

        void remember(Case c, Vocabulary vocabulary) {
            this.c = c;
            this.vocabulary = vocabulary;
        }
    }

    /**
     * Reads an already parsed document against the bundled vocabularies.
     *
     * @param root the parsed JSON document
     * @return the case
      * @throws InputException naming the JSON pointer of each bad value, all in one ({@link InputException#errors()};
     *                        e.g. {@code /findings/0/level: must be <= 6}) or, for malformed JSON, its line and
     *                        column; never echoing personal values
     */
    public static Case read(JsonNode root) {
        return read(root, Vocabularies.bundled());
    }

    /**
     * Reads an already parsed document against {@code vocabulary}.
     *
     * @param root       the parsed JSON document
     * @param vocabulary the closed vocabularies to check values against
     * @return the case
      * @throws InputException naming the JSON pointer of each bad value, all in one ({@link InputException#errors()};
     *                        e.g. {@code /findings/0/level: must be <= 6}) or, for malformed JSON, its line and
     *                        column; never echoing personal values
     */
    public static Case read(JsonNode root, Vocabulary vocabulary) {
        Case c = new CaseReader(vocabulary).caseOf(root);
        LAST_READ.get().remember(c, vocabulary);
        return c;
    }

    /** A list of the vocabulary, by name ({@link Vocabulary#SETTING}, {@code region}, ...). */
    private Choice list(String name) {
        return new Choice(name, vocabulary.values(name));
    }

    /** The values a field may take and the name of their list, which an error names instead of the bad value. */
    private record Choice(String list, Collection<String> values) {}

    /** Prefix of the vocabulary lists naming the region a precaution kind is of ({@code precaution-region:hip-posterior}). */
    private static final String PRECAUTION_REGION = "precaution-region:";

    private static final Choice DISCIPLINES = new Choice(Allowed.DISCIPLINE, Vocabulary.DISCIPLINES);

    // The fields each object may have (an unknown field is an error naming them); built once, not per object read.
    private static final Set<String> CASE_FIELDS = Set.of("caseId", "asOf", "patient", "setting", "payer", "conditions",
            "findings", "home", "goals", "orders", "visits", "plansOfCare", "billing", "precautions");
    private static final Set<String> GOAL_FIELDS = Set.of("text", "activity");
    private static final Set<String> ORDER_FIELDS = Set.of("discipline", "date");
    private static final Set<String> BILLING_FIELDS = Set.of("cotreatmentUnits");
    private static final Set<String> PATIENT_FIELDS = Set.of("id", "birthDate", "priorFunction", "priorDevices");
    private static final Set<String> PRIOR_FUNCTION_FIELDS = Set.of("selfCare", "indoorMobility", "stairs",
            "functionalCognition");
    private static final Set<String> HOME_FIELDS = Set.of("livesAlone", "entryStairs", "bathroom", "equipment", "help");
    private static final Set<String> PRECAUTION_FIELDS = Set.of("kind", "level", "region", "side", "detail");
    private static final Set<String> PAYER_FIELDS = Set.of("kind", "unitMethod", "allowedToDate");
    private static final Set<String> ALLOWED_TO_DATE_FIELDS = Set.of("ptSlp", "ot");
    private static final Set<String> CONDITION_FIELDS = Set.of("code", "category", "onset");
    private static final Set<String> FINDING_FIELDS = Set.of("area", "level", "score", "region", "side", "status",
            "notAttempted", "priorLevel");
    private static final Set<String> VISIT_FIELDS = Set.of("date", "services");
    private static final Set<String> SERVICE_FIELDS = Set.of("discipline", "code", "minutes", "cotreatment", "start",
            "byAssistant", "patientsInSession", "area", "assistantMinutes");
    private static final Set<String> PLAN_OF_CARE_FIELDS = Set.of("discipline", "start", "certified", "progressReports",
            "sentToReferrer", "recertified", "end");
    /** Every field name of the contract: an unknown key close to one is named in its error ({@link FieldNames}). */
    private static final Set<String> ALL_FIELDS = java.util.stream.Stream.of(CASE_FIELDS, GOAL_FIELDS, ORDER_FIELDS,
                    BILLING_FIELDS, PATIENT_FIELDS, PRIOR_FUNCTION_FIELDS, HOME_FIELDS, PRECAUTION_FIELDS, PAYER_FIELDS,
                    ALLOWED_TO_DATE_FIELDS, CONDITION_FIELDS, FINDING_FIELDS, VISIT_FIELDS, SERVICE_FIELDS,
                    PLAN_OF_CARE_FIELDS)
            .flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private Case caseOf(JsonNode root) {
        if (root != null && root.isObject() && root.has("resourceType")) {
            // A FHIR resource handed to the careweave reader: say what to do instead of listing the case's fields.
            // The value is not quoted (it is input).
            throw new InputException("/resourceType", "a FHIR resource, not a careweave case; a FHIR R4 Bundle is"
                    + " planned with careweave plan --input fhir");
        }
        found.orderBy(root);
        Obj c = obj(root, "", CASE_FIELDS);
        Case read = new Case(
                c.caseId(),
                c.date("asOf", false, DateRole.AS_OF),
                c.object("patient", this::patient),
                c.oneOf("setting", list(Vocabulary.SETTING), true),
                c.object("payer", this::payer),
                c.list("conditions", this::condition),
                c.list("findings", this::finding),
                c.object("home", this::home),
                c.list("goals", (o, p) -> {
                    Obj goal = obj(o, p, GOAL_FIELDS);
                    return new PatientGoal(goal.textNotBlank("text"),
                            goal.oneOf("activity", list(Vocabulary.GOAL_ACTIVITY), true));
                }),
                c.list("orders", (o, p) -> {
                    Obj order = obj(o, p, ORDER_FIELDS);
                    return new Order(order.oneOf("discipline", DISCIPLINES, true),
                            order.date("date", false, DateRole.RECORDED));
                }),
                c.services(c.list("visits", this::visit)),
                c.list("plansOfCare", this::planOfCare),
                c.object("billing", (o, p) -> {
                    Obj billing = obj(o, p, BILLING_FIELDS);
                    return new BillingOptions(billing.oneOf("cotreatmentUnits", list("cotreatment-units"), false));
                }),
                c.list("precautions", this::precaution));
        checkDates();
        if (found.any()) {
            // every error at once, those between dates too, in the order of the case as written
            throw found.exception();
        }
        return read;
    }

    /**
     * The checks between the case's dates, said with every other error (trial of the merge: a birth date after
     * asOf came only on the run after a bad score was mended). Input validity, not a clinical decision: no rule can
     * plan sensibly for a patient not yet born. Each runs on the dates as read, also those of an object not made
     * for another field's error, and only when the dates it compares could all be read: a date with an error is
     * said by that error, and the date the plan is made for is not guessed without it.
     */
    private void checkDates() {
        if (dates.asOf != null) {
            // an onset, order or plan of care after the date the plan is made for was planned as if it had been
            // (a concussion dated next year planned as recent: trial of int-27, i11), and a certification, progress
            // report or recertification after it is not yet done; a visit after it is the rules'
            for (Bounded d : dates.bounded) {
                if (d.byAsOf() && d.date().isAfter(dates.asOf) && !found.at(d.pointer())) {
                    found.add(new InputException(d.pointer(), PlanDate.afterAsOf("asOf")));
                }
            }
        }
        LocalDate born = dates.birthDate;
        if (born == null) {
            return;
        }
        LocalDate planned = dates.asOf != null ? dates.asOf : found.asOfUnread || found.planDatesUnread ? null
                : dates.latest;
        String birth = PlanDate.birthDateProblem(born, planned, dates.asOf != null, "asOf");
        if (birth != null) {
            // A birth date after the plan's date is before nothing: every onset and order would be said to be
            // before it too, lines that only repeat that the birth date is wrong.
            found.add(new InputException("/patient/birthDate", birth));
            return;
        }
        if (planned == null && dates.latest != null && born.isAfter(dates.latest)) {
            return; // the same, when the date that birth date is to be compared with is itself still to be mended
        }
        for (Bounded d : dates.bounded) {
            if (d.date().isBefore(born) && !found.at(d.pointer())) {
                found.add(new InputException(d.pointer(), PlanDate.BEFORE_BIRTH));
            }
        }
    }

    /** What a date of the case is compared with ({@link #checkDates}). */
    private enum DateRole {
        /** The case's asOf: the date the plan is made for. */
        AS_OF,
        /** The patient's birth date. */
        BIRTH,
        /** A visit's date: one the plan is made for when there is no asOf (a visit before birth is the rules'). */
        PLAN_DATE,
        /** A condition's onset or an order's date: a plan date, never before birth nor after asOf. */
        RECORDED,
        /**
         * A plan of care's start, certification, progress report, recertification or sending to the referrer: each
         * done by asOf, never before birth nor after asOf, not a plan date ({@link PlanDate#of}).
         */
        PLAN_OF_CARE,
        /** The last day a plan of care covers: never before birth, and after asOf as a plan in course has it. */
        PLAN_OF_CARE_END
    }

    /** A date as read and its pointer. */
    private record DatedPlace(String pointer, LocalDate date) {}

    /** A date to compare with birth and asOf, and whether one after asOf is wrong ({@link #checkDates}). */
    private record Bounded(String pointer, LocalDate date, boolean byAsOf) {}

    /** The dates {@link #checkDates} compares, as read (only those read without an error). */
    private static final class DatesRead {
        LocalDate asOf;
        LocalDate birthDate;
        /** The latest visit, order or onset date: the date the plan is made for without asOf ({@link PlanDate#of}). */
        LocalDate latest;
        /** The onsets, order dates and plans of care's dates: never before birth, nor after asOf but an end. */
        final List<Bounded> bounded = new ArrayList<>();

        void add(DateRole role, String pointer, LocalDate date) {
            if (role == DateRole.AS_OF || role == DateRole.BIRTH) {
                asOf = role == DateRole.AS_OF ? date : asOf;
                birthDate = role == DateRole.BIRTH ? date : birthDate;
                return;
            }
            if (role == DateRole.PLAN_DATE || role == DateRole.RECORDED) {
                latest = latest == null || date.isAfter(latest) ? date : latest;
            }
            if (role != DateRole.PLAN_DATE) {
                bounded.add(new Bounded(pointer, date, role != DateRole.PLAN_OF_CARE_END));
            }
        }
    }

    private Patient patient(JsonNode node, String at) {
        Obj patient = obj(node, at, PATIENT_FIELDS);
        return new Patient(patient.text("id", false), patient.date("birthDate", false, DateRole.BIRTH),
                patient.object("priorFunction", (o, p) -> {
                    Obj prior = obj(o, p, PRIOR_FUNCTION_FIELDS);
                    Choice levels = list("prior-function");
                    return new PriorFunction(prior.oneOf("selfCare", levels, false),
                            prior.oneOf("indoorMobility", levels, false), prior.oneOf("stairs", levels, false),
                            prior.oneOf("functionalCognition", levels, false));
                }),
                patient.strings("priorDevices", list("prior-device")));
    }

    private Home home(JsonNode node, String at) {
        Obj home = obj(node, at, HOME_FIELDS);
        return new Home(home.bool("livesAlone"), home.integer("entryStairs", 0, 1000, false),
                home.oneOf("bathroom", list("bathroom"), false), home.strings("equipment", list("equipment")),
                home.oneOf("help", list("home-help"), false));
    }

    private Precaution precaution(JsonNode node, String at) {
        Obj p = obj(node, at, PRECAUTION_FIELDS);
        String kind = p.oneOf("kind", list("precaution"), true);
        String level = p.oneOf("level", list("weight-bearing"), false);
        String region = p.oneOf("region", list("region"), false);
        String side = p.oneOf("side", list("side"), false);
        String detail = p.text("detail", false);
        // the checks between fields, each on fields read without an error, said with every other error
        if (p.clean("kind", "level") && "weight-bearing".equals(kind) && level == null) {
            p.fail(new InputException(at + "/level", "required for a weight-bearing precaution (one of "
                    + Allowed.values(list("weight-bearing").values()) + ")"));
        } else if (p.clean("kind", "level") && !"weight-bearing".equals(kind) && level != null) {
            p.fail(new InputException(at + "/level", "only a weight-bearing precaution takes a level"));
        }
        // a precaution of the whole person (vocabulary.csv list precaution-whole-person: cardiac limits, oxygen, fall
        // risk...) has no body region: a region given with one is a slip (of the kind or of a copied row), refused so
        // that it never reads as a precaution of that limb
        if (p.clean("kind", "region", "side") && (region != null || side != null)
                && list("precaution-whole-person").values().contains(kind)) {
            p.fail(new InputException(at + (region != null ? "/region" : "/side"), "the " + kind + " precaution is of"
                    + " the whole person and takes no region or side (the kinds of list 'precaution-whole-person' in"
                    + " tables/vocabulary.csv)"));
        }
        // a joint's precautions belong to that joint's region (vocabulary.csv lists precaution-region:<kind>): the
        // reverse shoulder's on the lower limb is a slip, refused so that the plan never words it for that limb
        java.util.Set<String> regions = vocabulary.values(PRECAUTION_REGION + kind);
        if (p.clean("kind", "region") && region != null && !regions.isEmpty() && !regions.contains(region)) {
            p.fail(new InputException(at + "/region", "the " + kind + " precaution is of the region "
                    + String.join(" or ", regions) + " (list '" + PRECAUTION_REGION + kind
                    + "' in tables/vocabulary.csv)"));
        }
        if (detail != null && detail.length() > MAX_DETAIL) {
            p.fail(new InputException(at + "/detail", "must be at most " + MAX_DETAIL + " characters"));
        }
        p.fieldsRead();
        return new Precaution(kind, level, region, side, detail);
    }

    private Payer payer(JsonNode node, String at) {
        Obj payer = obj(node, at, PAYER_FIELDS);
        return new Payer(
                payer.oneOf("kind", list(Vocabulary.PAYER_KIND), true),
                payer.oneOf("unitMethod", list("unit-method"), false),
                payer.object("allowedToDate", (o, p) -> {
                    Obj allowed = obj(o, p, ALLOWED_TO_DATE_FIELDS);
                    return new Payer.AllowedToDate(allowed.money("ptSlp"), allowed.money("ot"));
                }));
    }

    private Condition condition(JsonNode node, String at) {
        Obj c = obj(node, at, CONDITION_FIELDS);
        String code = c.text("code", false);
        String problem = code == null ? null : icd10Problem(code);
        if (problem != null) {
            c.fail(new InputException(at + "/code", problem));
        } else if (code != null && !icd10CategoryExists(code, vocabulary.values(Vocabulary.ICD10_CM_RANGE))) {
            // well formed but no ICD-10-CM code at all (U99.9): a plan would follow the category without a word,
            // and a claim would carry a diagnosis no payer accepts. A real code careweave has no rule for is fine.
            c.fail(new InputException(at + "/code", "not an ICD-10-CM code: no chapter of ICD-10-CM has its"
                    + " category, the first three characters (the ranges of tables/icd10-cm-chapters.csv)"));
        }
        Condition read = new Condition(code, c.oneOf("category", list(Vocabulary.CONDITION), true),
                c.date("onset", false, DateRole.RECORDED));
        c.fieldsRead();
        return read;
    }

    /**
     * What is wrong with the form of an ICD-10-CM code, or null: said as the form expected, never with the code (a
     * diagnosis is personal). A claim's form of the code (no dot, 837 style: Z96641) and lower case are named, since
     * that is what an author copying a code from elsewhere gets wrong. Form only: whether the code is in the ICD-10-CM
     * code set (some 70,000 codes, yearly) is not judged here, only whether its category is in a chapter
     * ({@link #icd10CategoryExists}); the rules map the categories they plan for (tables/fhir-icd10-categories.csv)
     * and a code with no row there is planned by the category the case gives.
     */
    static String icd10Problem(String code) {
        if (ICD10.matcher(code).matches()) {
            return null;
        }
        String upper = code.toUpperCase(java.util.Locale.ROOT);
        boolean lower = !upper.equals(code);
        boolean noDot = upper.length() > 3 && upper.indexOf('.') < 0;
        String mended = noDot ? upper.substring(0, 3) + "." + upper.substring(3) : upper;
        if ((lower || noDot) && ICD10.matcher(mended).matches()) {
            return "an ICD-10-CM code is written " + (lower ? "in capital letters" : "") + (lower && noDot ? " and " : "")
                    + (noDot ? "with a dot after its third character" : "") + ", like Z96.641"
                    + (noDot ? " (claim forms leave the dot out; a case keeps it)" : "");
        }
        return "not an ICD-10-CM code: expected a capital letter, a digit, a digit or capital letter, then a dot and"
                + " 1 to 4 digits or capital letters, like Z96.641 or I63.9";
    }

    /**
     * Whether the category of a well-formed ICD-10-CM code (its first three characters) is in one of
     * {@code ranges} ({@link Vocabulary#ICD10_CM_RANGE}, {@code A00-B99}): a category of a letter and two digits
     * between a range's ends (strings compared), one with a letter in third place only in a range of its own
     * ({@code C4A-C4A}). No ranges (a vocabulary without the table): every code passes.
     *
     * @param code   a code {@link #icd10Problem} accepts
     * @param ranges the ranges, {@code first-last}
     * @return false when no range holds the code's category
     */
    static boolean icd10CategoryExists(String code, Set<String> ranges) {
        if (ranges.isEmpty()) {
            return true;
        }
        String category = code.substring(0, 3);
        boolean digits = Character.isDigit(category.charAt(2));
        for (String range : ranges) {
            int dash = range.indexOf('-');
            String first = range.substring(0, dash);
            String last = range.substring(dash + 1);
            if (digits ? Character.isDigit(first.charAt(2)) && Character.isDigit(last.charAt(2))
                    && category.compareTo(first) >= 0 && category.compareTo(last) <= 0
                    : category.equals(first) && category.equals(last)) {
                return true;
            }
        }
        return false;
    }

    private Finding finding(JsonNode node, String at) {
        Obj f = obj(node, at, FINDING_FIELDS);
        String area = f.findingArea("area", true);
        Integer level = f.integer("level", 1, 6, false);
        Double score = f.number("score");
        if (score != null && area != null) {
            f.field(() -> checkScale(area, score, at + "/score"));
        }
        String status = f.oneOf("status", list("finding-status"), false);
        String notAttempted = f.oneOf("notAttempted", list("not-attempted"), false);
        Integer priorLevel = f.integer("priorLevel", 1, 6, false);
        String region = f.oneOf("region", list("region"), false);
        String side = f.oneOf("side", list("side"), false);
        // The checks between fields, said with every other error of the case. Each reads only fields read without
        // an error (one with an error reads as not given) and says nothing at a field that already has an error.
        boolean known = area != null; // read, and given (it is required)
        boolean gg = known && vocabulary.ggAreas().contains(area);
        boolean deficit = status == null || status.equals(Finding.DEFICIT);
        if (known && f.clean("level") && level != null && !gg) {
            f.fail(new InputException(at + "/level", "'" + area + "' is not a Section GG item; give a score instead"));
        } else if (known && f.clean("level", "notAttempted", "status") && level == null && notAttempted == null && gg
                && deficit) {
            f.fail(new InputException(at + "/level", "required for Section GG item '" + area
                    + "' (1-6), or give notAttempted"));
        }
        if (known && f.clean("score") && score != null && gg) {
            f.fail(new InputException(at + "/score", "'" + area + "' is a Section GG item; give a level (1-6)"));
        }
        if (known && f.clean("notAttempted") && notAttempted != null && !gg) {
            f.fail(new InputException(at + "/notAttempted", "'" + area + "' is not a Section GG item"));
        } else if (f.clean("notAttempted", "level") && notAttempted != null && level != null) {
            f.fail(new InputException(at + "/notAttempted", "give a level or a not-attempted code, not both"));
        }
        if (known && f.clean("priorLevel") && priorLevel != null && !gg) {
            f.fail(new InputException(at + "/priorLevel", "'" + area + "' is not a Section GG item"));
        }
        if (f.clean("status", "level", "score", "notAttempted") && Finding.NOT_ASSESSED.equals(status)
                && (level != null || score != null || notAttempted != null)) {
            f.fail(new InputException(at + "/status", "a finding that was not assessed has no level, score or"
                    + " not-attempted code"));
        }
        String regional = region != null ? "region" : "side";
        if (known && f.clean(regional) && (region != null || side != null)
                && !vocabulary.regionalAreas().contains(area)) {
            f.fail(new InputException(at + "/" + regional, "only body-function findings ("
                    + Allowed.values(vocabulary.regionalAreas()) + ") take a region and side"));
        }
        // One finding per item: a finding carries no date (CONTRACT.md), so two for one Section GG item, or for one
        // body function in one region and side, are two scores for one assessment that no rule can choose between
        // (users' trial of int41: walking 150 feet at 02 and at 05 gave two long-term goals for one activity). Said at
        // the second, naming the first by its pointer only: the values are the patient's and are not echoed.
        // A finding with an error of its own is said by that error alone (and is not the first of its item either).
        if (known && f.failed == null) {
            String first = findingsRead.putIfAbsent(area + "|" + region + "|" + side, at);
            if (first != null) {
                f.fail(new InputException(at + "/area", "a second finding for the same item"
                        + (region != null || side != null ? " in the same region and side" : "") + " (the first is "
                        + first + "); findings carry no date, so give one finding per item: the current one"));
            }
        }
        f.fieldsRead();
        return new Finding(area, level, score, region, side, status, notAttempted, priorLevel);
    }

    /** A score within its area's scale (areas.csv: a scale named {@code <name>-<min>-<max>}). */
    private Void checkScale(String area, double score, String at) {
        for (String scale : vocabulary.values(Vocabulary.SCALE_OF + area)) {
            java.util.regex.Matcher m = SCALE_RANGE.matcher(scale);
            if (m.matches()) {
                double min = Double.parseDouble(m.group(1));
                double max = Double.parseDouble(m.group(2));
                if (score < min || score > max) {
                    throw new InputException(at, "must be within " + m.group(1) + "-" + m.group(2) + " (" + scale
                            + ")");
                }
            }
        }
        return null;
    }

    private static List<Visit> countServices(List<Visit> visits) {
        int services = 0;
        for (Visit v : visits) {
            services += v.services().size();
        }
        if (services > MAX_SERVICES) {
            throw new InputException("/visits", "at most " + MAX_SERVICES + " services in all visits together (e.g. 500"
                    + " visit dates of 4 services); split the claim period");
        }
        return visits;
    }

    private Visit visit(JsonNode node, String at) {
        Obj v = obj(node, at, VISIT_FIELDS);
        LocalDate date = v.date("date", true, DateRole.PLAN_DATE);
        return new Visit(date, v.list("services", (o, p) -> {
            Obj s = obj(o, p, SERVICE_FIELDS);
            String code = s.text("code", true);
            if (code != null && !CPT_HCPCS.matcher(code).matches()) {
                s.fail(new InputException(p + "/code", "not a CPT/HCPCS code (5 digits or capital letters, e.g. 97110 or G0283)"));
            }
            Integer patients = s.integer("patientsInSession", 1, 100, false);
            Integer given = s.integer("minutes", 0, 24 * 60, true);
            int minutes = given == null ? 24 * 60 : given; // when minutes has an error, assistantMinutes' own range
            boolean byAssistant = Boolean.TRUE.equals(s.bool("byAssistant"));
            Integer assistantMinutes = s.integer("assistantMinutes", 0, minutes, false);
            String discipline = s.oneOf("discipline", DISCIPLINES, true);
            LocalTime start = s.time("start");
            String area = s.findingArea("area", false);
            boolean cotreatment = Boolean.TRUE.equals(s.bool("cotreatment"));
            // between fields read without an error, said with every other error
            if (s.clean("byAssistant", "assistantMinutes", "minutes") && byAssistant && assistantMinutes != null
                    && assistantMinutes != minutes) {
                s.fail(new InputException(p + "/assistantMinutes", "byAssistant true means all " + minutes
                        + " minutes; give assistantMinutes alone for part of them"));
            }
            s.fieldsRead();
            return new Service(
                    discipline,
                    code,
                    minutes,
                    cotreatment,
                    start,
                    byAssistant,
                    patients,
                    area,
                    assistantMinutes != null ? assistantMinutes : byAssistant ? minutes : 0);
        }));
    }

    private PlanOfCare planOfCare(JsonNode node, String at) {
        Obj p = obj(node, at, PLAN_OF_CARE_FIELDS);
        String discipline = p.oneOf("discipline", DISCIPLINES, true);
        LocalDate start = p.date("start", true, DateRole.PLAN_OF_CARE);
        LocalDate certified = p.date("certified", false, DateRole.PLAN_OF_CARE);
        List<DatedPlace> reports = p.dates("progressReports", DateRole.PLAN_OF_CARE);
        LocalDate sent = p.date("sentToReferrer", false, DateRole.PLAN_OF_CARE);
        List<DatedPlace> recertified = p.dates("recertified", DateRole.PLAN_OF_CARE);
        LocalDate end = p.date("end", false, DateRole.PLAN_OF_CARE_END);
        if (start != null) {
            // A progress report, a recertification or the last day covered comes after the first treatment; a
            // certification or the plan sent to the referrer may come before it (the plan may be established and
            // signed before treatment begins; CMS Pub 100-02 Ch.15 section 220.1.3 bounds certification only by
            // 30 days after the first treatment, a deadline the rules' certification-due alert counts). A plan sent
            // before its start is more likely a slip than a plan established early: the rules warn of it
            // (input-date-out-of-range, rules/billing/deadlines.drl) rather than refuse the case.
            List<DatedPlace> afterStart = new ArrayList<>(reports);
            afterStart.addAll(recertified);
            if (end != null) {
                afterStart.add(new DatedPlace(p.ptr("end"), end));
            }
            for (DatedPlace d : afterStart) {
                if (d.date().isBefore(start)) {
                    p.fail(new InputException(d.pointer(), PlanDate.BEFORE_START));
                }
            }
        }
        return new PlanOfCare(discipline, start, certified, reports.stream().map(DatedPlace::date).toList(), sent,
                recertified.stream().map(DatedPlace::date).toList(), end);
    }

    /**
     * A date as the contract writes them, YYYY-MM-DD in ASCII digits (java.time alone also takes
     * {@code +99999-01-01}), year 1900-2199, a real day of its month. Checked by hand rather than with a pattern and
     * LocalDate.parse: a case has a date per visit, order and finding, and each matcher and parse context was a few
     * hundred bytes (src/bench/RESULTS.md, "Java side of a plan"); CaseReaderDateTest checks both ways agree.
     */
    static LocalDate parseDate(String text, String at) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw new InputException(at, "not a date (YYYY-MM-DD)");
        }
        String notADate = "not a date (YYYY-MM-DD)";
        int year = digits(text, 0, 4, at, notADate);
        int month = digits(text, 5, 7, at, notADate);
        int day = digits(text, 8, 10, at, notADate);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InputException(at, "year outside " + MIN_YEAR + "-" + MAX_YEAR);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            // never echoed: the value may be a birth date
            throw new InputException(at, "not a date (YYYY-MM-DD)");
        }
    }

    /** A clock time as HH:MM in ASCII digits, a real time of day (as {@link #parseDate}, by hand). */
    static LocalTime parseTime(String text, String at) {
        String notATime = "not a time (HH:MM)";
        if (text.length() != 5 || text.charAt(2) != ':') {
            throw new InputException(at, notATime);
        }
        try {
            return LocalTime.of(digits(text, 0, 2, at, notATime), digits(text, 3, 5, at, notATime));
        } catch (DateTimeException e) {
            throw new InputException(at, notATime);
        }
    }

    /** The number written by the ASCII digits {@code text[from, to)}; anything else fails with {@code error}. */
    private static int digits(String text, int from, int to, String at, String error) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new InputException(at, error);
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * The JSON object at {@code at}. Not an object: an error, thrown (nothing in it can be read). Each field not in
     * {@code allowed} is an error, said and read past, so the fields that are allowed are checked too.
     */
    private Obj obj(JsonNode node, String at, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw new InputException(at, "must be an object");
        }
        Iterator<String> names = node.fieldNames();
        for (int key = 1; names.hasNext(); key++) {
            String name = names.next();
            if (!allowed.contains(name)) {
                // A key is input too and may be personal (trial of int-27, i14: "Jane Smith 123-45-6789"): named
                // only when it is plausibly a misspelt or misplaced field, else placed by its object and position.
                // Listed among the other errors where the key stands either way.
                List<String> sorted = allowed.stream().sorted().toList();
                String place = at + "/" + Obj.escape(name);
                String here = "; allowed here: " + String.join(", ", sorted);
                if (FieldNames.shown(name, ALL_FIELDS)) {
                    String meant = FieldNames.meant(name, sorted);
                    found.add(new InputException(place, "unknown field"
                            + (meant == null ? "" : " (did you mean " + meant + "?)") + here), place);
                } else {
                    found.add(new InputException(at, "an unknown field, the " + FieldNames.ordinal(key)
                            + " key (its name is not repeated: it is not close to a field name)" + here), place);
                }
            }
        }
        return new Obj(node, at, found.count());
    }

    /**
     * A JSON object at a pointer, with typed accessors that fail with that pointer. An accessor that meets an error
     * says it ({@link Found}) and reads as not given, so every field of the case is checked in one read.
     */
    private final class Obj {

        private final JsonNode node;
        private final String at;
        /** The errors found before this object's fields were read. */
        private final int before;
        /** The fields of this object that had an error (null while none has). */
        private Set<String> failed;

        Obj(JsonNode node, String at, int before) {
            this.node = node;
            this.at = at;
            this.before = before;
        }

        /**
         * Ends the reading of this object's fields and the checks between them: when one of them (or a field unknown
         * here) had an error, the object is not made (the case is refused anyway).
         */
        void fieldsRead() {
            if (found.count() > before) {
                throw Skip.SKIP;
            }
        }

        /** Says an error of this object (at one of its fields, or deeper), noting which field had it. */
        void fail(InputException e) {
            found.add(e);
            String pointer = e.pointer();
            if (pointer.startsWith(at + "/")) {
                int end = pointer.indexOf('/', at.length() + 1);
                if (failed == null) {
                    failed = new java.util.HashSet<>();
                }
                failed.add(pointer.substring(at.length() + 1, end < 0 ? pointer.length() : end));
            }
        }

        /**
         * Whether each of the fields {@code names} was read without an error (given or not): a check between fields
         * reads only those, since a field with an error reads as not given, and is said by its own error.
         */
        boolean clean(String... names) {
            if (failed != null) {
                for (String name : names) {
                    if (failed.contains(name)) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** What {@code read} reads, or null when it meets an error, which is said. */
        <T> T field(java.util.function.Supplier<T> read) {
            try {
                return read.get();
            } catch (InputException e) {
                fail(e);
                return null;
            }
        }

        /** A scalar field: absent and null both read as not given. */
        private JsonNode get(String name) {
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? null : v;
        }

        /**
         * An object or array field: absent reads as none, null is refused. The contract has no null list or object,
         * and a serializer writing {@code "findings": null} for a list it failed to fill must not get the plan of a
         * case without findings.
         */
        private JsonNode getStructure(String name, String mustBe) {
            JsonNode v = node.get(name);
            if (v != null && v.isNull()) {
                throw new InputException(ptr(name), mustBe + ", not null (leave the field out when there is none)");
            }
            return v;
        }

        private String ptr(String name) {
            return at + "/" + name;
        }

        String text(String name, boolean required) {
            return text(name, required, MAX_TEXT);
        }

        String text(String name, boolean required, int maxLength) {
            return field(() -> textOrThrow(name, required, maxLength));
        }

        /**
         * An optional text that, when given, must hold more than spaces (a patient goal "" or "   " was quoted in
         * the signed plan: hostile trial 7, h18).
         */
        String textNotBlank(String name) {
            return field(() -> {
                String t = textOrThrow(name, false, MAX_TEXT);
                if (t != null && t.isBlank()) {
                    throw new InputException(ptr(name), "must not be blank");
                }
                return t;
            });
        }

        private String textOrThrow(String name, boolean required, int maxLength) {
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
            if (v.asText().length() > maxLength) {
                throw new InputException(ptr(name), "must be at most " + maxLength + " characters");
            }
            if (!wellFormed(v.asText())) {
                throw new InputException(ptr(name), "not Unicode text: a lone UTF-16 surrogate (a \\ud800-\\udfff"
                        + " escape without its pair)");
            }
            return v.asText();
        }

        /** A value of {@code allowed}; a value outside it is refused by list, never repeated (it may be personal). */
        String oneOf(String name, Choice allowed, boolean required) {
            String v = text(name, required);
            if (v != null && !allowed.values().contains(v)) {
                fail(new InputException(ptr(name), Allowed.notIn(allowed.list(), allowed.values(), v)));
                return null;
            }
            return v;
        }

        /**
         * A finding area ({@code areas.csv} input {@code finding}). A goal activity the table lists for patient goals
         * only (input {@code goal}: community mobility, work, leisure, play, school) is refused as one, saying so
         * and where it belongs, without repeating the value (only the bounded list of finding areas is named).
         */
        String findingArea(String name, boolean required) {
            Choice areas = CaseReader.this.list(Vocabulary.FINDING_AREA);
            String v = text(name, required);
            boolean goalOnly = v != null && !areas.values().contains(v)
                    && CaseReader.this.list(Vocabulary.GOAL_ACTIVITY).values().contains(v);
            if (goalOnly) {
                fail(new InputException(ptr(name), "a goal activity (tables/areas.csv input goal), not a finding"
                        + " area: a patient goal names it (goals[].activity), and the findings record the deficits that"
                        + " limit it in the finding areas (" + Allowed.values(areas.values()) + ")"));
                return null;
            }
            if (v != null && !areas.values().contains(v)) {
                fail(new InputException(ptr(name), Allowed.notIn(areas.list(), areas.values(), v)));
                return null;
            }
            return v;
        }

        /** The required caseId, of the contract's form ({@link CaseIds}). */
        String caseId() {
            String id = text("caseId", true, Integer.MAX_VALUE); // CaseIds says how long it may be
            String problem = id == null ? null : CaseIds.problem(id);
            if (problem != null) {
                fail(new InputException(ptr("caseId"), problem));
                return null;
            }
            return id;
        }

        LocalDate date(String name, boolean required) {
            String v = text(name, required);
            return v == null ? null : field(() -> parseDate(v, ptr(name)));
        }

        /** A date that {@link #checkDates} compares with others, recorded as read with its pointer. */
        LocalDate date(String name, boolean required, DateRole role) {
            LocalDate d = date(name, required);
            if (d != null) {
                dates.add(role, ptr(name), d);
            }
            return d;
        }

        LocalTime time(String name) {
            String v = text(name, false);
            return v == null ? null : field(() -> parseTime(v, ptr(name)));
        }

        Boolean bool(String name) {
            return field(() -> boolOrThrow(name));
        }

        private Boolean boolOrThrow(String name) {
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
            return field(() -> integerOrThrow(name, min, max, required));
        }

        private Integer integerOrThrow(String name, int min, int max, boolean required) {
            JsonNode v = get(name);
            if (v == null) {
                if (required) {
                    throw new InputException(ptr(name), "required");
                }
                return null;
            }
            if (!v.isNumber()) {
                throw new InputException(ptr(name), "must be a whole number");
            }
            // the range first: 1e12 or 3000000000 is out of range, not "not whole" (it does not fit an int)
            double d = v.doubleValue();
            if (d < min) {
                throw new InputException(ptr(name), "must be >= " + min);
            }
            if (d > max) {
                throw new InputException(ptr(name), "must be <= " + max);
            }
            if (!whole(v)) {
                throw new InputException(ptr(name), "must be a whole number");
            }
            return v.intValue();
        }

        Double number(String name) {
            return field(() -> numberOrThrow(name));
        }

        private Double numberOrThrow(String name) {
            JsonNode v = get(name);
            if (v == null) {
                return null;
            }
            if (!v.isNumber()) {
                throw new InputException(ptr(name), "must be a number");
            }
            double d = v.doubleValue();
            if (!Double.isFinite(d)) {
                throw new InputException(ptr(name), "must be a finite number");
            }
            return d;
        }

        double money(String name) {
            Double v = number(name);
            if (v == null) {
                return 0;
            }
            if (v < 0) {
                fail(new InputException(ptr(name), "must be >= 0"));
                return 0;
            }
            if (v > MAX_DOLLARS) {
                fail(new InputException(ptr(name), "must be <= " + (long) MAX_DOLLARS));
                return 0;
            }
            return v;
        }

        /** A list of strings, each one of {@code allowed}; empty when absent. */
        List<String> strings(String name, Choice allowed) {
            return list(name, (n, ptr) -> {
                if (!n.isTextual()) {
                    throw new InputException(ptr, "must be a string");
                }
                if (!allowed.values().contains(n.asText())) {
                    throw new InputException(ptr, Allowed.notIn(allowed.list(), allowed.values(), n.asText()));
                }
                return n.asText();
            });
        }

        /**
         * A list of dates that {@link #checkDates} compares with others, each as read with its pointer (recorded);
         * empty when absent.
         */
        List<DatedPlace> dates(String name, DateRole role) {
            return list(name, (n, ptr) -> {
                if (!n.isTextual()) {
                    throw new InputException(ptr, "must be a date (YYYY-MM-DD)");
                }
                LocalDate d = parseDate(n.asText(), ptr);
                dates.add(role, ptr, d);
                return new DatedPlace(ptr, d);
            });
        }

        <T> T object(String name, BiFunction<JsonNode, String, T> reader) {
            JsonNode v = field(() -> getStructure(name, "must be an object"));
            return v == null ? null : item(reader, v, ptr(name));
        }

        <T> List<T> list(String name, BiFunction<JsonNode, String, T> reader) {
            JsonNode v = field(() -> getStructure(name, "must be an array"));
            if (v == null) {
                return List.of();
            }
            if (!v.isArray()) {
                fail(new InputException(ptr(name), "must be an array"));
                return List.of();
            }
            if (v.size() > MAX_ITEMS) {
                // not read item by item: the list is refused whole, and its items' errors would be unbounded work
                fail(new InputException(ptr(name), "at most " + MAX_ITEMS + " items"));
                return List.of();
            }
            List<T> out = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                T read = item(reader, v.get(i), ptr(name) + "/" + i);
                if (read != null) {
                    out.add(read); // an item with an error is left out: the case is refused anyway
                }
            }
            return out;
        }

        /** The list of visits, when all their services together are within {@link #MAX_SERVICES}. */
        List<Visit> services(List<Visit> visits) {
            return field(() -> countServices(visits));
        }

        /** An object or list item read by {@code reader}, or null when it has an error (said). */
        private <T> T item(BiFunction<JsonNode, String, T> reader, JsonNode node, String at) {
            try {
                return reader.apply(node, at);
            } catch (InputException e) {
                fail(e);
                return null;
            } catch (Skip alreadySaid) {
                return null;
            }
        }

        /**
         * Whether a number is a whole number however it is written: {@code 23}, {@code 23.0} and {@code 2.3e1} are
         * (JSON Schema's {@code integer} takes them too), {@code 2.35e1} is not. Read as the reader's mapper reads
         * it, the written value is exact (a BigDecimal); a tree built elsewhere may hold a double.
         */
        private static boolean whole(JsonNode v) {
            if (v.isIntegralNumber()) {
                return true;
            }
            if (v.isBigDecimal()) {
                java.math.BigDecimal d = v.decimalValue();
                return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
            }
            double d = v.doubleValue();
            return d == Math.rint(d);
        }

        /**
         * No lone UTF-16 surrogate: what a JSON escape of one surrogate (backslash, u, D800) writes and no Unicode
         * text has.
         */
        private static boolean wellFormed(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isSurrogate(c)) {
                    if (!Character.isHighSurrogate(c) || i + 1 == text.length()
                            || !Character.isLowSurrogate(text.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                }
            }
            return true;
        }

        private static String escape(String name) {
            return name.replace("~", "~0").replace("/", "~1");
        }
    }

    /**
     * The errors of one read, in the order the case is read (the same for the same input): the first
     * {@link InputException#MAX_ERRORS} kept, the rest counted, so a case with an error in each of 500 items is
     * refused in a bounded message.
     */
    private static final class Found {
        private static final Pattern PLAN_DATE_PLACE = Pattern.compile(
                "/(visits|orders|conditions)(/[0-9]+(/(date|onset))?)?");
        private final List<InputException> kept = new ArrayList<>();
        /** Where each kept error is listed in the case (its pointer but for an unknown key not named). */
        private final List<String> places = new ArrayList<>();
        private int count;
        /** The order errors are listed in: the case's own (null until the case is known: the order found). */
        private PointerOrder order;
        /** Whether asOf was given but could not be read. */
        boolean asOfUnread;
        /**
         * Whether a visit's date, an order's date or an onset could not be read (or the list or item holding it): then
         * the latest of them, the date the plan is made for without asOf, is not known.
         */
        boolean planDatesUnread;

        /** Lists the errors in the order their places have in {@code root} (PointerOrder), not the order found. */
        void orderBy(JsonNode root) {
            order = new PointerOrder(root);
        }

        void add(InputException e) {
            add(e, null);
        }

        /**
         * Says {@code e}, listed where {@code place} stands in the case (its pointer when null): an unknown key not
         * named is said at its object but listed at the key.
         */
        void add(InputException e, String place) {
            for (InputException one : e.errors()) {
                String listedAt = place != null ? place : one.pointer();
                asOfUnread |= listedAt.equals("/asOf");
                planDatesUnread |= PLAN_DATE_PLACE.matcher(listedAt).matches();
                int at = kept.size();
                while (order != null && at > 0 && order.compare(listedAt, places.get(at - 1)) < 0) {
                    at--;
                }
                kept.add(at, one);
                places.add(at, listedAt);
                if (kept.size() > InputException.MAX_ERRORS) {
                    // the first MAX_ERRORS in the case's order kept, the rest counted
                    kept.remove(kept.size() - 1);
                    places.remove(places.size() - 1);
                }
            }
            count += e.errors().size() + e.moreErrors();
        }

        int count() {
            return count;
        }

        /** Whether an error is already said at {@code pointer} (one line for a place, e.g. an end before start). */
        boolean at(String pointer) {
            return places.contains(pointer);
        }

        boolean any() {
            return count > 0;
        }

        /** One error as it was thrown; several as one exception listing them. */
        InputException exception() {
            List<InputException> listed = kept.subList(0, Math.min(kept.size(), InputException.MAX_ERRORS));
            return count == 1 ? kept.get(0) : new InputException(listed, count - listed.size());
        }
    }

    /** An object not made because one of its fields had an error, which is already said (not an error itself). */
    private static final class Skip extends RuntimeException {
        static final Skip SKIP = new Skip();

        private Skip() {
            super(null, null, false, false);
        }
    }
}
