package org.careweave.cds;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careweave.CarePlanner;
import org.careweave.FhirInputException;
import org.careweave.InputException;
import org.careweave.FhirProblem;
import org.careweave.PlanningException;
import org.careweave.internal.engine.Planner;
import org.careweave.internal.engine.RuleSet;
import org.careweave.internal.fhir.BundleReader;
import org.careweave.internal.fhir.Fhir;
import org.careweave.internal.fhir.FhirMapping;
import org.careweave.model.Case;
import org.careweave.model.Order;
import org.careweave.plan.CarePlan;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * careweave's CDS Hooks 2.0 services, without the HTTP: the discovery document and the answer to one hook call.
 * {@code careweave-patient-view} (hook {@code patient-view}) shows the plan's deadline, threshold and duplicate
 * alerts for the chart being opened; {@code careweave-order-sign} (hook {@code order-sign}) tells the clinician
 * signing a PT or OT referral whether the other discipline is indicated too, with a suggestion that creates its
 * ServiceRequest. Both plan from their prefetch (templates below; the service never calls the FHIR server).
 *
 * <p>Thread-safe: plans use the planner (hot-reloaded rules included); the FHIR mapping is re-read from the rules
 * whenever their version changes. Nothing here logs, so no patient data can reach a log.
 */
public final class CdsService {

    /**
     * An HTTP answer: status and a JSON body (cards, the discovery document, or an OperationOutcome).
     *
     * @param status HTTP status: 200, 400, 404 or 412
     * @param json   the body, JSON
     */
    public record Response(int status, String json) {}

    /** FHIR R4 id syntax. */
    private static final java.util.regex.Pattern FHIR_ID = java.util.regex.Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    /** Id of the service on the {@code patient-view} hook. */
    public static final String PATIENT_VIEW = "careweave-patient-view";
    /** Id of the service on the {@code order-sign} hook. */
    public static final String ORDER_SIGN = "careweave-order-sign";

    /** The prefetch templates, the same for both hooks: everything a plan is made from. */
    static final Map<String, String> PREFETCH = prefetch();

    /**
     * Prefetch keys a client may leave out (contract v2 inputs added after the first release, so a client sending the
     * first set keeps working): absent or null means the patient has none. {@code precautions}: active Flags;
     * {@code devices}: DeviceUseStatements with the Devices they reference.
     */
    static final Map<String, String> OPTIONAL_PREFETCH = Map.of(
            "precautions", "Flag?patient={{context.patientId}}&status=active",
            "devices", "DeviceUseStatement?patient={{context.patientId}}&_include=DeviceUseStatement:device");

    private static Map<String, String> prefetch() {
        Map<String, String> p = new LinkedHashMap<>();
        String patient = "{{context.patientId}}";
        p.put("patient", "Patient/" + patient);
        p.put("encounters", "Encounter?patient=" + patient + "&status=in-progress,arrived,finished");
        p.put("coverage", "Coverage?patient=" + patient + "&status=active");
        p.put("conditions", "Condition?patient=" + patient + "&clinical-status=active");
        p.put("observations", "Observation?patient=" + patient + "&category=survey,exam,social-history");
        p.put("goals", "Goal?patient=" + patient + "&lifecycle-status=proposed,accepted,active");
        p.put("orders", "ServiceRequest?patient=" + patient + "&status=active");
        p.put("plansOfCare", "CarePlan?patient=" + patient + "&status=active");
        p.put("procedures", "Procedure?patient=" + patient + "&status=completed");
        return java.util.Collections.unmodifiableMap(p);
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private final Planner planner;
    private final Clock clock;
    private volatile Mapped mapped;

    private record Mapped(String version, FhirMapping mapping) {}

    /**
     * A service planning with {@code planner}. Reads the rules' FHIR mappings now.
     *
     * @param planner the planner (watch its rules folder for hot reload)
     * @param clock   "today" for a plan's {@code asOf} (a hook call has no date of its own)
     */
    public CdsService(CarePlanner planner, Clock clock) {
        this.planner = Planner.of(planner);
        this.clock = clock;
        mapping(); // fail at start, not at the first call, if a fhir-*.csv table is malformed
        Fhir.context(); // HAPI's context takes a second or more to build: at start, not in the first request
        // and so does HAPI's first OperationOutcome: on a loaded machine the first refusal (a 408 for a stalled
        // request, say) took over 3 s to write, so long that the connection's next idle timeout closed it first
        outcome(400, "structure", "warm-up", null);
    }

    /** The mapping of the rules now serving; re-read when the rules changed (hot reload). */
    FhirMapping mapping() {
        RuleSet rules = planner.rules();
        Mapped m = mapped;
        if (m == null || !m.version().equals(rules.version())) {
            m = new Mapped(rules.version(), checked(FhirMapping.of(rules.source())));
            mapped = m;
        }
        return m.mapping();
    }

    /**
     * The mapping, when it has the words of the cards the service says itself ({@link FhirMapping#serviceProblems}):
     * without them a patient-view without coverage would silently lose its "not checked" card, so rules lacking the
     * row are refused at start; a hot reload without it is refused by its gate and the last good rules serve.
     */
    private static FhirMapping checked(FhirMapping map) {
        List<org.careweave.RuleProblem> problems = map.serviceProblems();
        if (!problems.isEmpty()) {
            throw new org.careweave.RuleBuildException(problems);
        }
        return map;
    }

    /**
     * The version of the rules now serving.
     *
     * @return {@link CarePlanner#rulesVersion()}
     */
    public String rulesVersion() {
        return planner.rules().version();
    }

    /** What {@code /health} says of the last hot reload when it failed; null when the folder's rules serve. */
    private volatile String reloadFailure;

    /**
     * Records a hot reload that failed (the rules folder changed and does not compile or pass validate's checks):
     * the last good rules keep serving, and {@link #health()} says so until a reload succeeds. For the watcher's
     * listener ({@code careweave serve} wires it).
     *
     * @param problems the problems of the rules that were not loaded (the first one's {@code file:line} is shown)
     */
    public void reloadFailed(List<org.careweave.RuleProblem> problems) {
        String where = problems.isEmpty() ? "rules/" : problems.get(0).file()
                + (problems.get(0).line() > 0 ? ":" + problems.get(0).line() : "")
                + (problems.get(0).line() > 0 && problems.get(0).column() > 0 ? ":" + problems.get(0).column() : "");
        reloadFailure = "reload failed at " + java.time.Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit
                .SECONDS) + ": " + org.careweave.internal.io.SafeText.escape(clip(where)) + (problems.size() > 1
                ? " and " + (problems.size() - 1) + " more" : "") + "; the last good rules serve";
    }

    /** Records a hot reload that succeeded: the folder's rules serve again ({@link #health()} drops the failure). */
    public void reloaded() {
        reloadFailure = null;
    }

    /**
     * The health document ({@code GET /health}): {@code {"status":"UP","rules":"sha256:..."}}, and after a failed hot
     * reload {@code "reload":"reload failed at 2026-12-01T15:02:03Z: rules/billing/kx.drl:14; the last good rules
     * serve"}. Still UP: every answer is made with a rule set that compiled and passed its checks, and a restart
     * would not serve better (it would refuse to start on the broken folder), so a probe must not recycle it; the
     * {@code rules} version says which set serves and {@code reload} that the folder holds another.
     *
     * @return the document, JSON
     */
    public String health() {
        ObjectNode root = JSON.createObjectNode();
        root.put("status", "UP");
        root.put("rules", rulesVersion());
        String failure = reloadFailure;
        if (failure != null) {
            root.put("reload", failure);
        }
        return root.toString();
    }

    /**
     * The CDS Hooks discovery document ({@code GET /cds-services}).
     *
     * @return the document, JSON
     */
    public String discovery() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode services = root.putArray("services");
        service(services, "patient-view", PATIENT_VIEW, "careweave: OT/PT plan alerts",
                "Plan-of-care deadlines (certification, progress report), Medicare therapy thresholds (KX) and "
                        + "duplicate-service risk for the patient's OT/PT care, from careweave's rules.");
        service(services, "order-sign", ORDER_SIGN, "careweave: OT/PT referral check",
                "When a PT or OT referral is signed: is the other discipline indicated too? A suggestion creates "
                        + "its referral.");
        return root.toPrettyString();
    }

    private static void service(ArrayNode services, String hook, String id, String title, String description) {
        ObjectNode s = services.addObject();
        s.put("hook", hook);
        s.put("id", id);
        s.put("title", title);
        s.put("description", description);
        ObjectNode prefetch = s.putObject("prefetch");
        PREFETCH.forEach(prefetch::put);
        new java.util.TreeMap<>(OPTIONAL_PREFETCH).forEach(prefetch::put);
        s.put("usageRequirements", "Send every prefetch key (null or an empty searchset Bundle when nothing "
                + "matches); precautions and devices may be left out (then the patient has none). patient and "
                + "encounters must have data; without coverage the cards say payer thresholds were not checked. "
                + "This service does not query the FHIR server.");
    }

    /**
     * Answers {@code POST /cds-services/{id}}: 200 with cards, 400/412 with an OperationOutcome, 404 unknown id.
     * Never throws for bad input and never echoes patient values.
     *
     * @param serviceId {@link #PATIENT_VIEW} or {@link #ORDER_SIGN}
     * @param body      the CDS Hooks request, JSON
     * @return the answer
     */
    public Response call(String serviceId, String body) {
        String hook = hookOf(serviceId);
        if (hook == null) {
            return noSuchService(serviceId);
        }
        JsonNode request;
        JsonParser parser;
        try {
            parser = JSON.createParser(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a String cannot fail to be read
        }
        try (parser) {
            request = JSON.readTree(parser);
            if (request != null && parser.nextToken() != null) {
                // readTree stops after the first value: "{...} {...}" or "{...}x" was planned from its first half
                var at = parser.currentTokenLocation();
                return outcome(400, "structure", "malformed JSON at line " + at.getLineNr() + ", column "
                        + at.getColumnNr() + ": more after the first JSON value; one request per call", null);
            }
        } catch (StreamConstraintsException e) {
            // a limit of the parser (nesting deeper than 1,000 arrays or objects, a number of over 1,000 digits):
            // thrown without a location, but the parser knows the token it refused (the first bracket too deep, the
            // number's start); said in fixed words, bounded however deep or long the input
            var at = parser.currentTokenLocation();
            return outcome(400, "structure", org.careweave.internal.io.JsonInput.describe(e, at), null);
        } catch (JsonProcessingException e) {
            String duplicate = duplicateKey(e);
            if (duplicate != null) {
                // the key, not its value: which of the two values was meant is the caller's to say
                return outcome(400, "structure", "duplicate key at " + duplicate + " (a JSON object names each key "
                        + "once)", null);
            }
            var at = e.getLocation();
            return outcome(400, "structure", "malformed JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()), null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a String cannot fail to be read
        }
        if (request == null || !request.isObject()) {
            return outcome(400, "structure", "the request must be a JSON object", null);
        }
        if (!hook.equals(request.path("hook").asText(null))) {
            return outcome(400, "invalid", "hook must be '" + hook + "' for this service", "hook");
        }
        if (!request.path("hookInstance").isTextual() || request.path("hookInstance").asText().isBlank()) {
            return outcome(400, "required", "hookInstance is required", "hookInstance");
        }
        JsonNode context = request.path("context");
        if (!context.isObject() || !context.path("patientId").isTextual() || context.path("patientId").asText()
                .isBlank()) {
            return outcome(400, "required", "context.patientId is required", "context.patientId");
        }
        if (!FHIR_ID.matcher(context.path("patientId").asText()).matches()) {
            // it becomes the subject of the suggested ServiceRequest: a reference needs an id of FHIR id syntax
            return outcome(400, "invalid", "context.patientId must be a FHIR id (at most 64 letters, digits, '-' "
                    + "and '.')", "context.patientId");
        }
        String patientRef = "Patient/" + context.path("patientId").asText();
        JsonNode prefetch = request.path("prefetch");
        List<String> missing = new ArrayList<>();
        for (String key : PREFETCH.keySet()) {
            if (!prefetch.has(key)) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            // CDS Hooks 2.0: 412 when the service cannot get the FHIR data it needs; this one never fetches.
            return outcome(412, "incomplete", "prefetch missing " + String.join(", ", missing)
                    + "; send every key of the discovery document's prefetch", "prefetch");
        }
        Response unavailable = unavailable(prefetch);
        if (unavailable != null) {
            return unavailable;
        }
        Response notThePatient = checkPatient(prefetch.get("patient"), context.path("patientId").asText());
        if (notThePatient != null) {
            return notThePatient;
        }
        FhirMapping map = mapping();
        List<String> places = new ArrayList<>(); // the request's place of each entry of the bundle read
        try {
            Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
            List<String> keys = new ArrayList<>(PREFETCH.keySet());
            keys.addAll(new java.util.TreeSet<>(OPTIONAL_PREFETCH.keySet()));
            for (String key : keys) {
                JsonNode value = prefetch.get(key);
                if (value != null && !value.isNull()) {
                    addAll(bundle, parse(value, "prefetch." + key), "prefetch." + key, places);
                }
            }
            Set<String> draft = new LinkedHashSet<>();
            if (hook.equals("order-sign")) {
                JsonNode drafts = context.path("draftOrders");
                if (!drafts.isObject()) {
                    return outcome(400, "required", "context.draftOrders (a Bundle) is required", "context.draftOrders");
                }
                for (Resource r : resources(parse(drafts, "context.draftOrders"))) {
                    if (r instanceof ServiceRequest sr) {
                        // Only PT/OT referrals concern careweave; a lab or imaging order is not ours to read.
                        sr.getCode().getCoding().stream()
                                .map(c -> map.discipline("order", c.getSystem(), c.getCode()))
                                .flatMap(java.util.Optional::stream).findFirst()
                                .ifPresent(d -> draft.add(d.discipline()));
                    }
                }
                if (draft.isEmpty()) {
                    return cards(JSON.createArrayNode());
                }
            }
            Case read = BundleReader.read(bundle, map, "cds-" + hook, LocalDate.now(clock));
            Set<String> ordered = new LinkedHashSet<>();
            read.orders().forEach(o -> ordered.add(o.discipline()));
            Case c = read;
            if (!draft.isEmpty()) {
                List<Order> orders = new ArrayList<>(read.orders());
                draft.stream().filter(d -> !ordered.contains(d)).forEach(d -> orders.add(new Order(d, read.asOf())));
                c = withOrders(read, orders);
            }
            CarePlan plan = planner.plan(c);
            if (hook.equals("order-sign")) {
                return cards(CdsCards.orderSign(plan, draft, ordered, patientRef, map));
            }
            ArrayNode cards = CdsCards.patientView(plan, map);
            if (c.payer() == null) {
                cards.add(CdsCards.noCoverage(map)); // see unavailable(): null coverage is "none", said, not silent
            }
            return cards(cards);
        } catch (FhirInputException e) {
            return problems(e.problems().stream().map(p -> inRequest(p, places)).toList());
        } catch (InputException e) {
            // what the planner's checks refuse in the case read from the request (a goal's text over the contract's
            // 1,000 characters): the caller's input, at the case's JSON pointer; not a 500
            return outcome(400, "invalid", "the case read from the request: " + clip(e.getMessage()), null);
        } catch (PlanningException e) {
            return outcome(500, "processing", "the rules could not make a plan: " + clip(e.getMessage()), null);
        }
    }

    /** The hook of a service id, or null when careweave has no such service. */
    static String hookOf(String serviceId) {
        return switch (serviceId) {
            case PATIENT_VIEW -> "patient-view";
            case ORDER_SIGN -> "order-sign";
            default -> null;
        };
    }

    /** 404 for a service id careweave does not have (clipped: the id is the caller's text). */
    static Response noSuchService(String serviceId) {
        return outcome(404, "not-found", "no CDS service '" + clip(serviceId) + "'; see GET /cds-services", null);
    }

    /**
     * What the client said it could not give (CDS Hooks 2.0, "Providing FHIR Resources to a CDS Service"). The
     * specification gives each prefetch key one of three states: the data; {@code null}, "If the CDS Client has no
     * data to populate a template prefetch key, the prefetch template key MUST have a value of null" (used "rather
     * than a bundle with zero entries", so an empty searchset means the same); and, when prefetching failed, the key
     * left out or "OperationOutcome(s) SHOULD be used to communicate those errors", which "CDS Services SHOULD
     * check". The service then retrieves what it needs itself or, "unable to obtain required data because it
     * cannot access the FHIR server", "SHALL respond with an HTTP 412 Precondition Failed". careweave never
     * queries the FHIR server, so per key:
     * <ul>
     * <li>an OperationOutcome as the value, or one of severity error or fatal in a searchset (a failed search):
     *     412 naming the key, for every key;</li>
     * <li>{@code patient} null: the client has no Patient with the context's id; a plan without the patient's
     *     birth date is a different plan (age-bound rules), so 412;</li>
     * <li>{@code encounters} null or without an Encounter: no care setting, which every plan starts from, so
     *     412 (the case reader's own "required: an Encounter" would not say which key);</li>
     * <li>{@code coverage} null or without a Coverage: the patient has no active coverage on file, a state the
     *     specification lets the client report, so the plan is made without a payer, and patient-view says so in a
     *     card ({@link CdsCards#noCoverage}) instead of the threshold cards vanishing without a word;</li>
     * <li>any other key null: the patient has none (no conditions, goals, orders...), as a case without them.</li>
     * </ul>
     * No value of the request is repeated.
     *
     * @return the 412, or null when every key can be planned from
     */
    static Response unavailable(JsonNode prefetch) {
        List<String> keys = new ArrayList<>(PREFETCH.keySet());
        keys.addAll(new java.util.TreeSet<>(OPTIONAL_PREFETCH.keySet()));
        for (String key : keys) {
            JsonNode value = prefetch.get(key);
            if (value != null && failedFetch(value)) {
                return outcome(412, "incomplete", "prefetch." + key + " is an OperationOutcome: the client could not "
                        + "fetch " + PREFETCH.getOrDefault(key, OPTIONAL_PREFETCH.get(key)) + ", and this service "
                        + "does not query the FHIR server; send the data, or null when there is none",
                        "prefetch." + key);
            }
        }
        if (prefetch.get("patient").isNull()) {
            return outcome(412, "incomplete", "prefetch.patient is null: the client has no Patient for "
                    + "context.patientId, and this service plans from the patient's record without querying the "
                    + "FHIR server", "prefetch.patient");
        }
        if (noData(prefetch.get("encounters"))) {
            return outcome(412, "incomplete", "prefetch.encounters has no Encounter: the care setting comes from the "
                    + "patient's current Encounter (" + PREFETCH.get("encounters") + "), and this service does not "
                    + "query the FHIR server", "prefetch.encounters");
        }
        return null;
    }

    /** An OperationOutcome in place of the data, or a searchset that carries one saying the search failed. */
    private static boolean failedFetch(JsonNode value) {
        if (!value.isObject()) {
            return false;
        }
        String type = value.path("resourceType").asText("");
        if (type.equals("OperationOutcome")) {
            return true;
        }
        if (!type.equals("Bundle")) {
            return false;
        }
        for (JsonNode e : value.path("entry")) {
            JsonNode r = e.path("resource");
            if (r.path("resourceType").asText("").equals("OperationOutcome")) {
                for (JsonNode issue : r.path("issue")) {
                    String severity = issue.path("severity").asText("");
                    if (severity.equals("error") || severity.equals("fatal")) {
                        return true; // a warning (an ignored search parameter, say) leaves the results usable
                    }
                }
            }
        }
        return false;
    }

    /** The specification's "no data": null, or a Bundle with no entry but the search's own OperationOutcomes. */
    private static boolean noData(JsonNode value) {
        if (value == null || value.isNull()) {
            return true;
        }
        if (!value.path("resourceType").asText("").equals("Bundle")) {
            return false;
        }
        for (JsonNode e : value.path("entry")) {
            if (!e.path("resource").path("resourceType").asText("").equals("OperationOutcome")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The {@code patient} prefetch must be what its template, {@code Patient/{{context.patientId}}}, reads: one
     * Patient whose id is the context's patientId. CDS Hooks 2.0, "Prefetch Template": "the prefetched data given to
     * the CDS Service MUST be equivalent to the data the CDS Service would receive if it were making its own call to
     * the CDS Client's FHIR server using the parameterized prefetch template", and "It is the CDS Service's
     * responsibility to check prefetched data against its template". A Bundle or another patient's record would be
     * planned as this patient's: refused, without repeating either id (null is refused before, by
     * {@link #unavailable}).
     *
     * @return the refusal, or null when the prefetch is this patient's Patient
     */
    private static Response checkPatient(JsonNode patient, String patientId) {
        if (patient == null || patient.isNull()) {
            return null;
        }
        String type = patient.path("resourceType").asText("");
        if (!patient.isObject() || !type.equals("Patient")) {
            String given = RESOURCE_TYPE.matcher(type).matches() ? "'" + type + "'" : "something else";
            return outcome(400, "invalid", "prefetch.patient must be a Patient resource (the read "
                    + PREFETCH.get("patient") + "), not " + given, "prefetch.patient");
        }
        if (!patient.path("id").isTextual()) {
            return outcome(400, "invalid", "prefetch.patient has no id: it must be the Patient context.patientId "
                    + "names (the read " + PREFETCH.get("patient") + ")", "prefetch.patient");
        }
        if (!patient.path("id").asText().equals(patientId)) {
            return outcome(400, "invalid", "prefetch.patient is another patient: its id is not context.patientId "
                    + "(the prefetch must be the read " + PREFETCH.get("patient") + ")", "prefetch.patient");
        }
        return null;
    }

    /** FHIR resource type names: said back when refused, anything else is not. */
    private static final java.util.regex.Pattern RESOURCE_TYPE = java.util.regex.Pattern.compile("[A-Z][A-Za-z]{0,63}");

    /**
     * The JSON pointer of a key the request names twice (Jackson's strict duplicate detection), or null when the JSON
     * is wrong in another way. Clipped: a key is the caller's text.
     */
    private static String duplicateKey(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser) || e.getOriginalMessage() == null
                || !e.getOriginalMessage().startsWith("Duplicate field")) {
            return null;
        }
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        return clip(pointer.isEmpty() ? "/" : pointer);
    }

    static Case withOrders(Case c, List<Order> orders) {
        return new Case(c.caseId(), c.asOf(), c.patient(), c.setting(), c.payer(), c.conditions(), c.findings(),
                c.home(), c.goals(), orders, c.visits(), c.plansOfCare(), c.billing(), c.precautions());
    }

    private static Resource parse(JsonNode value, String where) {
        return BundleReader.parseResource(value.toString(), where);
    }

    private static List<Resource> resources(Resource r) {
        if (r instanceof Bundle b) {
            List<Resource> out = new ArrayList<>();
            for (Bundle.BundleEntryComponent e : b.getEntry()) {
                if (e.getResource() != null && !(e.getResource() instanceof OperationOutcome)) {
                    out.add(e.getResource()); // a searchset's OperationOutcome (mode outcome) is about the search
                }
            }
            return out;
        }
        return List.of(r);
    }

    /**
     * Adds a prefetch value's resources to the bundle read, and to {@code places} where each came from:
     * {@code prefetch.patient}, or {@code prefetch.conditions.entry[2]} (the index in the request's own searchset).
     */
    private static void addAll(Bundle bundle, Resource r, String key, List<String> places) {
        if (!(r instanceof Bundle b)) {
            bundle.addEntry().setResource(r);
            places.add(key);
            return;
        }
        List<Bundle.BundleEntryComponent> entries = b.getEntry();
        for (int i = 0; i < entries.size(); i++) {
            Resource x = entries.get(i).getResource();
            if (x != null && !(x instanceof OperationOutcome)) { // as resources(): the search's outcome is not data
                bundle.addEntry().setResource(x);
                places.add(key + ".entry[" + i + "]");
            }
        }
    }

    private static final java.util.regex.Pattern BUNDLE_ENTRY = java.util.regex.Pattern.compile(
            "Bundle\\.entry\\[(\\d+)]");

    /**
     * A problem of the bundle careweave assembled, placed in the request instead: its entry numbers are careweave's
     * own, so {@code Bundle.entry[7]} becomes the key and entry it came from ({@code prefetch.conditions.entry[2]}).
     * A Patient under a key other than {@code patient} is then "a second Patient" at the key that holds it.
     */
    private static FhirProblem inRequest(FhirProblem p, List<String> places) {
        var m = BUNDLE_ENTRY.matcher(p.entry() == null ? "" : p.entry());
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            if (i < places.size()) {
                return new FhirProblem(p.resource(), places.get(i), p.path(), p.message());
            }
        }
        return p;
    }

    private static Response cards(ArrayNode cards) {
        ObjectNode root = JSON.createObjectNode();
        root.set("cards", cards);
        return new Response(200, root.toPrettyString());
    }

    /** One issue per problem, each placed once: its location in the request ({@link RequestPlaces}). */
    private static Response problems(List<FhirProblem> problems) {
        OperationOutcome oo = new OperationOutcome();
        for (FhirProblem p : problems) {
            String at = RequestPlaces.of(p);
            oo.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(OperationOutcome.IssueType.INVALID)
                    .setDiagnostics(at + ": " + p.message()).addExpression(at);
        }
        return new Response(400, Fhir.prettyJson().encodeResourceToString(oo));
    }

    /** A one-issue OperationOutcome (issue type codes of FHIR R4: structure, required, invalid, not-found, ...). */
    static Response outcome(int status, String type, String message, String expression) {
        OperationOutcome oo = new OperationOutcome();
        var issue = oo.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.fromCode(type)).setDiagnostics(message);
        if (expression != null) {
            issue.addExpression(expression);
        }
        return new Response(status, Fhir.prettyJson().encodeResourceToString(oo));
    }

    private static String clip(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
