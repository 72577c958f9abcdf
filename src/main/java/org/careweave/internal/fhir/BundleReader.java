package org.careweave.internal.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.careweave.FhirInputException;
import org.careweave.FhirProblem;
import org.careweave.internal.io.Allowed;
import org.careweave.internal.io.CaseIds;
import org.careweave.internal.io.JsonInput;
import org.careweave.internal.io.PlanDate;
import org.careweave.io.CaseReader;
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
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DeviceUseStatement;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;

/**
 * Reads a FHIR R4 Bundle (Patient, Condition, Observation, Goal, ServiceRequest, Encounter, Procedure, Coverage,
 * CarePlan) into a careweave {@link Case}, with the code mappings of {@link FhirMapping}. Strict like the JSON
 * reader: whatever cannot be mapped is a {@link FhirProblem} naming the resource and the FHIRPath, all of them
 * collected and thrown together as a {@link FhirInputException}; nothing is dropped silently. Practitioner,
 * PractitionerRole, Organization and Location entries are accepted as context and not read.
 *
 * <p>How the case is found in the bundle (see {@code docs/fhir.md} for the full table):
 * <ul>
 * <li>caseId: Bundle.identifier.value, else Bundle.id; asOf: the date of Bundle.timestamp (either may be given by
 *     the caller instead, as the CDS service does).</li>
 * <li>setting: Encounter.type (CMS place of service) or Encounter.class (v3 ActCode), fhir-settings.csv.</li>
 * <li>findings: Observation.code (LOINC via fhir-loinc-areas.csv, or the careweave finding-area system); GG
 *     levels from valueCodeableConcept (fhir-gg-answers.csv) or valueInteger 1-6; scores from valueQuantity or
 *     valueInteger; no value = present.</li>
 * <li>contract v2: precautions from active Flags (careweave precaution / weight-bearing codings, extensions
 *     body-site and precaution-detail); patient.priorFunction from Observations coded as in fhir-prior-function.csv
 *     (GG0100); patient.priorDevices and home.equipment from DeviceUseStatements and the Devices they reference
 *     (the Device.type code system says which list); home.help from a case-fact Observation; plansOfCare end from
 *     CarePlan.period.end, sentToReferrer and recertified from extensions.</li>
 * <li>visits: each Procedure is a service: CPT code, performedPeriod (date, start time, minutes = end - start),
 *     performer.function (discipline, assistant; fhir-disciplines.csv), the cotreatment and patients-in-session
 *     extensions.</li>
 * </ul>
 */
public final class BundleReader {

    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
    private static final Pattern CPT_HCPCS = Pattern.compile("[0-9A-Z]{5}");
    /** LOINC code syntax: up to seven digits, a hyphen, a check digit. */
    private static final Pattern LOINC_CODE = Pattern.compile("[0-9]{1,7}-[0-9]");
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}|urn:uuid:[0-9a-fA-F-]{36}");
    /** A single-quoted token and the word before it ("element 'staus'", "code 'x'"). */
    private static final Pattern SINGLE_QUOTED = Pattern.compile("(\\w+ )?'([^']*)'");
    private static final Pattern ELEMENT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final Set<String> ALLOWED_PARTS = Set.of("ptSlp", "ot");
    /** Precaution details are short free text (limits, not notes), as in careweave JSON. */
    private static final int MAX_DETAIL = 200;
    private static final Set<String> CONTEXT_TYPES = Set.of("Practitioner", "PractitionerRole", "Organization",
            "Location");

    private final FhirMapping map;
    private final List<FhirProblem> problems = new ArrayList<>();

    private String entry;
    private String resource;

    private final FhirReaderState state = new FhirReaderState();

    private final Vocabulary vocab;

    private BundleReader(FhirMapping map) {
        this.map = map;
        this.vocab = map.vocabulary();
    }

    /**
     * Parses bundle JSON (HAPI's strict parser: unknown elements and wrong types are errors) and reads the case.
     *
     * @param json          a FHIR R4 Bundle as JSON
     * @param caseIdDefault case id when the bundle has neither identifier nor id (may be null)
     * @param asOfDefault   "today" when the bundle has no timestamp (may be null)
     * @throws FhirInputException naming every resource and element that cannot be read or mapped
     */
    public static Case read(String json, FhirMapping map, String caseIdDefault, LocalDate asOfDefault) {
        return read(parse(json), map, caseIdDefault, asOfDefault);
    }

    /**
     * Parses a Bundle strictly; throws {@link FhirInputException} (never echoing the offending value). A bundle over
     * {@link org.careweave.fhir.FhirCaseReader#MAX_BUNDLE_BYTES} is refused before anything else; a field given
     * twice in one object next: HAPI would keep the later value without a word.
     */
    public static Bundle parse(String json) {
        int max = org.careweave.fhir.FhirCaseReader.MAX_BUNDLE_BYTES;
        // A char is 1 to 3 UTF-8 bytes: count the bytes only when the length alone cannot decide.
        if (json.length() > max || (json.length() * 3L > max
                && json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > max)) {
            throw tooLarge(JsonInput.longString(json.substring(0, Math.min(json.length(), max + 1)), LONG_STRING));
        }
        FhirProblem duplicate = DuplicateFields.first(json);
        if (duplicate != null) {
            throw new FhirInputException(List.of(duplicate));
        }
        try {
            return Fhir.strictJson().parseResource(Bundle.class, json);
        } catch (DataFormatException | ClassCastException | IllegalArgumentException e) {
            throw located(json, "not a FHIR R4 Bundle in JSON: " + redact(e.getMessage()));
        } catch (RuntimeException e) {
            // HAPI's parser fails on some malformed bundles with an unchecked exception of its own (a
            // NullPointerException stitching references of an entry without a resource): still bad input
            throw located(json, "not a FHIR R4 Bundle HAPI FHIR can parse (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * A string this long (UTF-16 units) is longer than a whole case may be ({@code CaseReader.MAX_CASE_BYTES}), so
     * nothing careweave reads from a bundle holds it: in a bundle over the size limit, the first such string is named
     * at its FHIRPath instead of the bundle (a narrative or note of a few KB, common in real bundles, is not).
     */
    static final int LONG_STRING = CaseReader.MAX_CASE_BYTES;

    /**
     * A bundle over the size limit: at the FHIRPath of its first string over {@link #LONG_STRING} when its start has
     * one ({@code Bundle.entry[3]}, {@code Resource.note[0].text}; an element name FHIR R4 does not have is not
     * repeated, the element holding it is named), else at {@code Bundle} without any of its content.
     *
     * @param pointer the JSON pointer of the first string over {@link #LONG_STRING} in the bundle's first 8 MiB
     *                ({@link JsonInput#longString}), or null
     */
    static FhirInputException tooLarge(String pointer) {
        if (pointer != null && !pointer.isEmpty()) {
            List<String> steps = new ArrayList<>();
            for (String step : pointer.substring(1).split("/", -1)) {
                if (!step.chars().allMatch(Character::isDigit) && !ElementNames.shown(step)) {
                    break; // an element R4 does not have (it may be personal): its object places it
                }
                steps.add(step);
            }
            String said = "a string over " + LONG_STRING + " characters (the bundle is over "
                    + org.careweave.fhir.FhirCaseReader.MAX_BUNDLE_BYTES + " bytes (8 MiB) with it, so nothing after"
                    + " it was read)";
            boolean inResource = steps.size() >= 3 && steps.get(0).equals("entry")
                    && steps.get(1).chars().allMatch(Character::isDigit) && steps.get(2).equals("resource");
            if (inResource) {
                String entry = "Bundle.entry[" + steps.get(1) + "]";
                return new FhirInputException(List.of(new FhirProblem("entry " + steps.get(1), entry,
                        fhirPath("Resource", steps.subList(3, steps.size())), said)));
            }
            return new FhirInputException(List.of(new FhirProblem("Bundle", "Bundle", fhirPath("Bundle", steps),
                    said)));
        }
        return new FhirInputException(List.of(new FhirProblem("Bundle", "Bundle", "Bundle", "the bundle is larger "
                + "than " + org.careweave.fhir.FhirCaseReader.MAX_BUNDLE_BYTES + " bytes (8 MiB), the most one FHIR "
                + "bundle may be")));
    }

    /** {@code Bundle.entry[3].fullUrl} of {@code Bundle} and the JSON pointer steps {@code entry, 3, fullUrl}. */
    private static String fhirPath(String start, List<String> steps) {
        StringBuilder out = new StringBuilder(start);
        for (String step : steps) {
            out.append(step.chars().allMatch(Character::isDigit) && !step.isEmpty() ? "[" + step + "]" : "." + step);
        }
        return out.toString();
    }

    /** The problems placed by resource, entry and FHIRPath ({@link ParseProblems}), else the parser's own words. */
    private static FhirInputException located(String json, String fallback) {
        return located(json, "Bundle", fallback);
    }

    private static FhirInputException located(String json, String document, String fallback) {
        List<FhirProblem> problems;
        try {
            problems = ParseProblems.locate(json, document);
        } catch (RuntimeException e) {
            problems = List.of();
        }
        return new FhirInputException(problems.isEmpty()
                ? List.of(new FhirProblem(document, document, document, fallback)) : problems);
    }

    /**
     * Parses one FHIR resource or Bundle strictly, such as a CDS Hooks prefetch value named {@code document}
     * ({@code prefetch.observations}); what the parser refuses is placed by resource, {@code document.entry[i]}
     * and FHIRPath, never repeating the value.
     *
     * @throws FhirInputException naming each problem
     */
    public static Resource parseResource(String json, String document) {
        try {
            return (Resource) Fhir.strictJson().parseResource(json);
        } catch (RuntimeException e) {
            throw located(json, document, "not a FHIR R4 resource: " + redact(e.getMessage()));
        }
    }

    /** HAPI quotes the bad value in its messages; a value may be personal, so it is left out. */
    public static String redact(String message) {
        if (message == null) {
            return "unreadable";
        }
        String m = message.replaceAll("\"[^\"]*\"", "\"…\""); // values: HAPI double-quotes them
        // HAPI single-quotes element names and some values ("Unknown ... code 'x'"): the name of an unknown element
        // or attribute stays (a misspelling is worth naming), anything else in single quotes goes
        m = SINGLE_QUOTED.matcher(m).replaceAll(r -> {
            boolean name = r.group(1) != null && r.group(1).matches("(?i)(element|attribute) ")
                    && ELEMENT_NAME.matcher(r.group(2)).matches() && ElementNames.shown(r.group(2));
            return java.util.regex.Matcher.quoteReplacement(name ? r.group()
                    : (r.group(1) == null ? "" : r.group(1)) + "'…'");
        });
        m = m.replaceAll("\\p{Cntrl}", " ");
        m = m.replaceFirst("^HAPI-\\d+: ", "");
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }

    /**
     * Reads an already parsed Bundle.
     *
     * @throws FhirInputException naming every resource and element that cannot be read or mapped
     */
    public static Case read(Bundle bundle, FhirMapping map, String caseIdDefault, LocalDate asOfDefault) {
        return new BundleReader(map).readBundle(bundle, caseIdDefault, asOfDefault);
    }

    /**
     * A date of an entry that must be neither before the birth date nor after the date the plan is made for (an
     * onset, an order's date, a plan of care's start), and where it was read.
     */
    private record Dated(LocalDate date, String resource, String entry, String path, boolean byAsOf,
            LocalDate notBefore) {
        /** A date never after the date the plan is made for either. */
        Dated(LocalDate date, String resource, String entry, String path) {
            this(date, resource, entry, path, true, null);
        }

        FhirProblem problem(String message) {
            return new FhirProblem(resource, entry, path, message);
        }
    }

    /** What the entries contribute, gathered before the case is built. */
    private static final class FhirReaderState {
        Patient patient;
        /** The Patient's entry and label, for a problem with its birth date found once the whole case is read. */
        String[] patientPlace;
        /** Condition onsets and order dates with their places, in bundle order, to be checked against the birth date. */
        final List<Dated> dated = new ArrayList<>();
        final List<String> settings = new ArrayList<>();
        Payer payer;
        final List<Condition> conditions = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
        Boolean livesAlone;
        Integer entryStairs;
        String bathroom;
        boolean home;
        final List<PatientGoal> goals = new ArrayList<>();
        final List<Order> orders = new ArrayList<>();
        final Map<LocalDate, List<Service>> visits = new LinkedHashMap<>();
        final List<PlanOfCare> plansOfCare = new ArrayList<>();
        final List<Precaution> precautions = new ArrayList<>();
        /** GG0100 fields (selfCare, indoorMobility, stairs, functionalCognition) to their answers. */
        final Map<String, String> priorFunction = new LinkedHashMap<>();
        final List<String> priorDevices = new ArrayList<>();
        final List<String> equipment = new ArrayList<>();
        String help;
        /** Device entries by fullUrl and by Device/id, and the entries' places (for problems). */
        final Map<String, Device> devices = new LinkedHashMap<>();
        final Map<Device, String[]> devicePlaces = new LinkedHashMap<>();
        final Set<Device> usedDevices = new java.util.HashSet<>();
        /** The Patient's own addresses: Patient/id and its entry's fullUrl. */
        final Set<String> patientRefs = new java.util.HashSet<>();
        /** Each entry's reference to its patient (subject, or Coverage.beneficiary), with its place. */
        final List<PatientRef> patientRefsUsed = new ArrayList<>();
    }

    /** An entry's reference to the patient it is about, and where it was read. */
    private record PatientRef(String reference, FhirProblem place) {}

    private Case readBundle(Bundle bundle, String caseIdDefault, LocalDate asOfDefault) {
        entry = "Bundle";
        resource = "Bundle";
        boolean fromIdentifier = bundle.hasIdentifier() && bundle.getIdentifier().hasValue();
        String caseId = fromIdentifier ? bundle.getIdentifier().getValue()
                : bundle.getIdElement().hasIdPart() ? bundle.getIdElement().getIdPart() : caseIdDefault;
        if (caseId == null || caseId.isBlank()) {
            problem("Bundle.identifier", "required: the case id (Bundle.identifier.value or Bundle.id)");
        } else if (CaseIds.problem(caseId) != null) {
            // the contract's caseId (1-128 characters, no control characters), as the JSON reader checks it
            problem(fromIdentifier ? "Bundle.identifier.value" : "Bundle.id", "the case id "
                    + CaseIds.problem(caseId));
        }
        LocalDate asOf = asOfDefault;
        if (bundle.hasTimestamp()) {
            asOf = date(bundle.getTimestampElement(), "Bundle.timestamp");
        }
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Bundle.BundleEntryComponent e = bundle.getEntry().get(i);
            if (e.getResource() instanceof Device d) {
                // Devices are read through the DeviceUseStatements that reference them, wherever they stand
                if (e.hasFullUrl()) {
                    state.devices.put(e.getFullUrl(), d);
                }
                if (d.getIdElement().hasIdPart()) {
                    state.devices.put("Device/" + d.getIdElement().getIdPart(), d);
                }
                state.devicePlaces.put(d, new String[] {"Bundle.entry[" + i + "]",
                        label("Device", d.getIdElement().getIdPart())});
            }
        }
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            entry = "Bundle.entry[" + i + "]";
            Resource r = bundle.getEntry().get(i).getResource();
            if (r == null) {
                resource = "entry " + i;
                problem("Bundle.entry.resource", "required: an entry without a resource");
                continue;
            }
            String type = r.fhirType();
            resource = label(type, r.getIdElement().getIdPart());
            patientReference(r);
            if (r instanceof org.hl7.fhir.r4.model.Patient p) {
                if (bundle.getEntry().get(i).hasFullUrl()) {
                    state.patientRefs.add(bundle.getEntry().get(i).getFullUrl());
                }
                patient(p);
            } else if (r instanceof org.hl7.fhir.r4.model.Condition c) {
                condition(c);
            } else if (r instanceof Observation o) {
                observation(o);
            } else if (r instanceof Goal g) {
                goal(g);
            } else if (r instanceof ServiceRequest s) {
                order(s);
            } else if (r instanceof Encounter e) {
                encounter(e);
            } else if (r instanceof Procedure p) {
                procedure(p);
            } else if (r instanceof Coverage c) {
                coverage(c);
            } else if (r instanceof CarePlan c) {
                planOfCare(c);
            } else if (r instanceof Flag f) {
                precaution(f);
            } else if (r instanceof DeviceUseStatement d) {
                deviceUse(d);
            } else if (r instanceof Device) {
                continue; // read through its DeviceUseStatement; one that none references is reported below
            } else if (!CONTEXT_TYPES.contains(type)) {
                problem(type, "careweave does not read " + type + " resources; leave them out of the bundle");
            }
        }
        int inEntryOrder = problems.size(); // the problems so far are in bundle order; those below come after
        for (Map.Entry<Device, String[]> d : state.devicePlaces.entrySet()) {
            if (!state.usedDevices.contains(d.getKey())) {
                entry = d.getValue()[0];
                resource = d.getValue()[1];
                problem("Device", "no DeviceUseStatement refers to this Device; careweave reads the patient's "
                        + "devices and home equipment through DeviceUseStatement.device");
            }
        }
        samePatient();
        entry = "Bundle";
        resource = "Bundle";
        String setting = null;
        if (state.settings.isEmpty()) {
            problem("Bundle.entry", "required: an Encounter whose type or class gives the care setting");
        } else if (state.settings.stream().distinct().count() > 1) {
            problem("Bundle.entry", "the Encounters give different settings " + state.settings.stream().distinct()
                    .toList() + "; one case has one setting");
        } else {
            setting = state.settings.get(0);
        }
        String asOfNamed = bundle.hasTimestamp() ? "Bundle.timestamp" : "today";
        if (!problems.isEmpty()) {
            // The checks between dates too, with the others in one refusal (the merge's trial: a birth date after
            // the plan's date came only once the other errors were mended); only when the date the plan is made for
            // is known: without it, it would be the latest date of a bundle that has problems.
            // (a plan of care's date before its start needs neither)
            LocalDate born = asOf == null || state.patient == null ? null : state.patient.birthDate();
            for (FhirProblem p : dateProblems(born, asOf, asOf != null, asOfNamed)) {
                inEntryOrder = insertInEntryOrder(p, inEntryOrder);
            }
            throw new FhirInputException(problems);
        }
        List<Visit> visits = new ArrayList<>();
        state.visits.forEach((d, services) -> visits.add(new Visit(d, services)));
        boolean hasHome = state.home || !state.equipment.isEmpty() || state.help != null;
        Home home = hasHome ? new Home(state.livesAlone, state.entryStairs, state.bathroom, state.equipment,
                state.help) : null;
        // a Patient entry with neither an identifier nor a birth date (there for the bundle's references to resolve)
        // tells the case nothing: as a JSON case without "patient"
        Patient patient = state.patient != null && state.patient.id() == null && state.patient.birthDate() == null
                ? null : state.patient;
        if (!state.priorFunction.isEmpty() || !state.priorDevices.isEmpty()) {
            PriorFunction prior = state.priorFunction.isEmpty() ? null : new PriorFunction(
                    state.priorFunction.get("selfCare"), state.priorFunction.get("indoorMobility"),
                    state.priorFunction.get("stairs"), state.priorFunction.get("functionalCognition"));
            patient = new Patient(patient == null ? null : patient.id(), patient == null ? null : patient.birthDate(),
                    prior, state.priorDevices);
        }
        Case c = new Case(caseId, asOf, patient, setting, state.payer, state.conditions, state.findings, home,
                state.goals, state.orders, visits, state.plansOfCare, BillingOptions.DEFAULT, state.precautions);
        List<FhirProblem> dates = dateProblems(patient == null ? null : patient.birthDate(), PlanDate.of(c),
                c.asOf() != null, asOfNamed);
        if (!dates.isEmpty()) {
            throw new FhirInputException(dates);
        }
        return c;
    }

    /**
     * The problems between the case's dates, in bundle order: each progress report, recertification or end of a
     * plan of care before its start; each onset, order date and plan-of-care date but an end after the given asOf; a
     * birth date after the date the plan is made for (then no date is said to be before it: every one would be),
     * else each of those dates before the birth date. One problem a date.
     */
    private List<FhirProblem> dateProblems(LocalDate born, LocalDate planned, boolean asOfGiven, String asOfNamed) {
        String birth = PlanDate.birthDateProblem(born, planned, asOfGiven, asOfNamed);
        List<FhirProblem> found = new ArrayList<>();
        for (Dated d : state.dated) {
            if (d.date() == null) {
                continue;
            }
            if (d.notBefore() != null && d.date().isBefore(d.notBefore())) {
                found.add(d.problem(PlanDate.BEFORE_START)); // one problem for the date: not again before birth
            } else if (d.byAsOf() && asOfGiven && planned != null && d.date().isAfter(planned)) {
                found.add(d.problem(PlanDate.afterAsOf(asOfNamed)));
            } else if (birth == null && born != null && d.date().isBefore(born)) {
                found.add(d.problem(PlanDate.BEFORE_BIRTH));
            }
        }
        if (birth != null) {
            found.add(new FhirProblem(state.patientPlace[1], state.patientPlace[0], "Patient.birthDate", birth));
            // stable: the birth date among the others by its entry, as the bundle has them
            found.sort(Comparator.comparingInt(p -> entryIndex(p.entry())));
        }
        return found;
    }

    /**
     * Puts {@code p} among the first {@code end} problems (those in bundle order) after every problem of its entry
     * and the entries before it; returns the new count of problems in bundle order.
     */
    private int insertInEntryOrder(FhirProblem p, int end) {
        int at = 0;
        while (at < end && entryIndex(problems.get(at).entry()) <= entryIndex(p.entry())) {
            at++;
        }
        problems.add(at, p);
        return end + 1;
    }

    /** The index of {@code Bundle.entry[i]}; -1 for the Bundle itself (its identifier and timestamp come first). */
    private static int entryIndex(String entry) {
        if (!entry.startsWith("Bundle.entry[")) {
            return -1;
        }
        try {
            return Integer.parseInt(entry.substring("Bundle.entry[".length(), entry.indexOf(']')));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** Records the entry's reference to its patient, if it has one (checked once the whole bundle is read). */
    private void patientReference(Resource r) {
        org.hl7.fhir.r4.model.Reference ref = null;
        String path = r.fhirType() + ".subject";
        if (r instanceof org.hl7.fhir.r4.model.Condition c) {
            ref = c.getSubject();
        } else if (r instanceof Observation o) {
            ref = o.getSubject();
        } else if (r instanceof Goal g) {
            ref = g.getSubject();
        } else if (r instanceof ServiceRequest s) {
            ref = s.getSubject();
        } else if (r instanceof Encounter e) {
            ref = e.getSubject();
        } else if (r instanceof Procedure p) {
            ref = p.getSubject();
        } else if (r instanceof CarePlan c) {
            ref = c.getSubject();
        } else if (r instanceof Flag f) {
            ref = f.getSubject();
        } else if (r instanceof DeviceUseStatement d) {
            ref = d.getSubject();
        } else if (r instanceof Coverage c) {
            ref = c.getBeneficiary();
            path = "Coverage.beneficiary";
        }
        if (ref != null && ref.hasReference()) {
            state.patientRefsUsed.add(new PatientRef(ref.getReference(), new FhirProblem(resource, entry, path,
                    "refers to a patient other than the bundle's Patient; a case is about one patient")));
        }
    }

    /**
     * Every entry that names its patient must name the bundle's Patient (by Patient/id, an absolute URL ending so,
     * or the Patient entry's fullUrl), or, without a Patient entry, the same patient as the others: another
     * patient's conditions or coverage would otherwise be planned as this patient's. Neither reference is repeated.
     */
    private void samePatient() {
        Set<String> ours = state.patientRefs;
        String first = null;
        // an absolute reference names its server: it is ours only when it is our Patient's fullUrl, or, when our
        // Patient has no absolute fullUrl, when it ends in Patient/id (trial42b: another server's Patient/pat-1 was
        // taken for the bundle's)
        boolean absoluteOurs = ours.stream().anyMatch(BundleReader::absolute);
        for (PatientRef used : state.patientRefsUsed) {
            // a version-specific reference (Patient/pat-1/_history/2) names the same patient (FHIR R4 3.3.4)
            String ref = used.reference().replaceFirst("/_history/[^/]+$", "");
            boolean same;
            if (!ours.isEmpty()) {
                same = ours.contains(ref) || !(absoluteOurs && absolute(ref))
                        && ours.stream().anyMatch(o -> o.startsWith("Patient/") && ref.endsWith("/" + o));
                if (!same && !ref.startsWith("Patient/") && !absolute(ref)) {
                    // a urn:uuid or a malformed reference that names no entry: nothing it points to, not another patient
                    FhirProblem at = used.place();
                    problems.add(new FhirProblem(at.resource(), at.entry(), at.path(), "refers to a "
                            + referencedType(ref) + " that is not in this bundle: every reference must resolve to an "
                            + "entry of the bundle"));
                    continue;
                }
            } else if (first == null) {
                // trial42 #3: a bundle without the Patient its entries point to was planned as if whole, its birth
                // date checks skipped without a word; the first such reference is refused, naming only the type
                first = ref;
                FhirProblem at = used.place();
                problems.add(new FhirProblem(at.resource(), at.entry(), at.path(), "refers to a "
                        + referencedType(ref) + " that is not in this bundle: every reference must resolve to an "
                        + "entry of the bundle (add the Patient entry, whose birth date the case's dates are checked "
                        + "against)"));
                continue;
            } else {
                same = first.equals(ref);
            }
            if (!same) {
                problems.add(used.place());
            }
        }
    }

    private static boolean absolute(String ref) {
        return ref.startsWith("http://") || ref.startsWith("https://");
    }

    /**
     * The resource type a reference names ({@code Patient} for {@code Patient/p1} or an absolute URL ending so), never
     * its id; {@code resource} when the reference does not name an R4 type (a {@code urn:uuid:}).
     */
    private static String referencedType(String ref) {
        String[] parts = ref.split("/");
        for (int i = parts.length - 2; i >= 0; i--) {
            if (Fhir.context().getResourceTypes().contains(parts[i])) {
                return parts[i];
            }
        }
        return "resource";
    }

    private void problem(String path, String message) {
        problems.add(new FhirProblem(resource, entry, path, message));
    }

    private void patient(org.hl7.fhir.r4.model.Patient p) {
        if (state.patient != null) {
            problem("Patient", "a second Patient; a case is about one patient");
            return;
        }
        // a urn:uuid is the entry's name inside this bundle, not the patient's id (no Patient/<id> to point back at)
        String idPart = p.getIdElement().getIdPart();
        String id = p.hasIdentifier() && p.getIdentifierFirstRep().hasValue() ? p.getIdentifierFirstRep().getValue()
                : idPart == null || idPart.startsWith("urn:") ? null : idPart;
        LocalDate birth = p.hasBirthDate() ? date(p.getBirthDateElement(), "Patient.birthDate") : null;
        if (p.getIdElement().hasIdPart()) {
            state.patientRefs.add("Patient/" + p.getIdElement().getIdPart());
        }
        state.patient = new Patient(id, birth);
        state.patientPlace = new String[] {entry, resource};
    }

    private void condition(org.hl7.fhir.r4.model.Condition c) {
        String code = null;
        String category = null;
        CodeableConcept cc = c.getCode();
        for (int i = 0; i < cc.getCoding().size(); i++) {
            Coding coding = cc.getCoding().get(i);
            String at = "Condition.code.coding[" + i + "]";
            if (FhirSystems.ICD10CM.equals(coding.getSystem())) {
                if (!coding.hasCode() || !ICD10.matcher(coding.getCode()).matches()) {
                    problem(at + ".code", "not an ICD-10-CM code (letter, two characters, optional dot part)");
                    return;
                }
                code = coding.getCode();
            } else if (FhirSystems.CONDITION_CATEGORY.equals(coding.getSystem())) {
                category = coding.getCode();
                if (!vocab.conditionCategories().contains(category)) {
                    problem(at + ".code", Allowed.notIn(Vocabulary.CONDITION, vocab.conditionCategories()));
                    return;
                }
            }
        }
        if (category == null && code != null) {
            Optional<String> mapped = map.categoryOfIcd10(code);
            if (mapped.isEmpty()) {
                problem("Condition.code", "this ICD-10-CM code matches no prefix in rules/tables/"
                        + "fhir-icd10-categories.csv; add a row or give the category with " + FhirSystems.CONDITION_CATEGORY);
                return;
            }
            category = mapped.get();
            if (!vocab.conditionCategories().contains(category)) {
                problem("Condition.code", "rules/tables/fhir-icd10-categories.csv maps it to '" + category
                        + "', which is not a condition category of this careweave version");
                return;
            }
        }
        if (category == null) {
            problem("Condition.code", "needs an ICD-10-CM coding (" + FhirSystems.ICD10CM + ") or a careweave "
                    + "category coding (" + FhirSystems.CONDITION_CATEGORY + ")");
            return;
        }
        LocalDate onset = null;
        if (c.hasOnsetDateTimeType()) {
            onset = date(c.getOnsetDateTimeType(), "Condition.onsetDateTime");
        } else if (c.hasOnset()) {
            problem("Condition.onset", "give the onset as onsetDateTime");
        }
        state.conditions.add(new Condition(code, category, onset));
        state.dated.add(new Dated(onset, resource, entry, "Condition.onsetDateTime"));
    }

    private void observation(Observation o) {
        Optional<String> priorField = o.getCode().getCoding().stream()
                .map(c -> map.priorFunctionField(c.getSystem(), c.getCode())).flatMap(Optional::stream).findFirst();
        if (priorField.isPresent()) {
            priorFunction(o, priorField.get());
            return;
        }
        String area = null;
        String fact = null;
        for (int i = 0; i < o.getCode().getCoding().size() && area == null && fact == null; i++) {
            Coding coding = o.getCode().getCoding().get(i);
            if (FhirSystems.LOINC.equals(coding.getSystem())) {
                area = map.areaOfLoinc(coding.getCode()).orElse(null);
            } else if (FhirSystems.FINDING_AREA.equals(coding.getSystem())) {
                area = coding.getCode();
                if (!vocab.findingAreas().contains(area)) {
                    problem("Observation.code.coding[" + i + "].code", "unknown finding area (not in "
                            + "rules/tables/areas.csv)");
                    return;
                }
            } else if (FhirSystems.CASE_FACT.equals(coding.getSystem())) {
                fact = coding.getCode();
            }
        }
        if (fact != null) {
            homeFact(o, fact);
            return;
        }
        if (area == null) {
            List<String> loincs = o.getCode().getCoding().stream()
                    .filter(c -> FhirSystems.LOINC.equals(c.getSystem())).map(Coding::getCode).toList();
            problem("Observation.code", loincs.isEmpty()
                    ? "no coding careweave reads: a LOINC code listed in rules/tables/fhir-loinc-areas.csv or a "
                            + FhirSystems.FINDING_AREA + " coding"
                    : shown(loincs, LOINC_CODE, "LOINC") + " is not in rules/tables/fhir-loinc-areas.csv");
            return;
        }
        boolean gg = vocab.ggAreas().contains(area);
        String status = null;
        for (Coding k : o.getInterpretation().stream().flatMap(i -> i.getCoding().stream()).toList()) {
            status = status != null ? status : map.findingStatus(k.getSystem(), k.getCode()).orElse(null);
        }
        for (Coding k : o.getDataAbsentReason().getCoding()) {
            status = status != null ? status : map.findingStatus(k.getSystem(), k.getCode()).orElse(null);
        }
        if (o.hasDataAbsentReason() && status == null) {
            problem("Observation.dataAbsentReason", "no coding is listed in rules/tables/fhir-finding-status.csv");
            return;
        }
        boolean notAssessed = Finding.NOT_ASSESSED.equals(status);
        String region = null;
        String side = null;
        if (o.hasBodySite()) {
            for (Coding k : o.getBodySite().getCoding()) {
                Optional<FhirMapping.BodySite> site = map.bodySite(k.getSystem(), k.getCode());
                if (site.isPresent()) {
                    region = site.get().region() != null ? site.get().region() : region;
                    side = site.get().side() != null ? site.get().side() : side;
                }
            }
            if (region == null && side == null) {
                problem("Observation.bodySite", "no coding is listed in rules/tables/fhir-body-sites.csv");
                return;
            }
            if (!vocab.regionalAreas().contains(area)) {
                problem("Observation.bodySite", "only body-function findings (" + Allowed.values(
                        vocab.regionalAreas()) + ") take a region and side");
                return;
            }
        }
        Integer priorLevel = null;
        for (Extension ext : o.getExtension()) {
            if (Extensions.PRIOR_LEVEL.equals(ext.getUrl()) && gg && ext.getValue() instanceof IntegerType n
                    && n.hasValue() && n.getValue() >= 1 && n.getValue() <= 6) {
                priorLevel = n.getValue();
            } else {
                problem(ext("Observation", o.getExtension(), ext), Extensions.PRIOR_LEVEL.equals(ext.getUrl())
                        ? "prior-level takes valueInteger 1-6 on a Section GG item" : "unknown extension");
                return;
            }
        }
        if (gg) {
            Integer level = null;
            String notAttempted = null;
            if (o.hasValueCodeableConcept()) {
                List<Coding> codings = o.getValueCodeableConcept().getCoding();
                Optional<FhirMapping.GgAnswer> answer = codings.stream()
                        .map(c -> map.answer(c.getSystem(), c.getCode())).flatMap(Optional::stream).findFirst();
                if (answer.isEmpty()) {
                    problem("Observation.valueCodeableConcept", "no coding is a Section GG answer code listed in "
                            + "rules/tables/fhir-gg-answers.csv");
                    return;
                }
                level = answer.get().level();
                notAttempted = answer.get().notAttempted();
            } else if (o.hasValueIntegerType()) {
                level = o.getValueIntegerType().getValue();
                if (level == null || level < 1 || level > 6) {
                    problem("Observation.valueInteger", "a Section GG level must be 1-6");
                    return;
                }
            } else if (!notAssessed && !Finding.INTACT.equals(status)) {
                problem("Observation.value[x]", "Section GG item '" + area + "' needs valueCodeableConcept (an "
                        + "answer code) or valueInteger (1-6)");
                return;
            }
            if (notAssessed && o.hasValue()) {
                problem("Observation.value[x]", "a finding that was not assessed has no value");
                return;
            }
            state.findings.add(new Finding(area, level, null, region, side, status, notAttempted, priorLevel));
            return;
        }
        Double score = null;
        if (o.hasValueQuantity()) {
            if (!o.getValueQuantity().hasValue()) {
                problem("Observation.valueQuantity.value", "required");
                return;
            }
            score = o.getValueQuantity().getValue().doubleValue();
        } else if (o.hasValueIntegerType()) {
            score = o.getValueIntegerType().getValue().doubleValue();
        } else if (o.hasValue()) {
            problem("Observation.value[x]", "'" + area + "' takes a score (valueQuantity or valueInteger) or no value");
            return;
        }
        if (notAssessed && score != null) {
            problem("Observation.value[x]", "a finding that was not assessed has no value");
            return;
        }
        state.findings.add(new Finding(area, null, score, region, side, status, null, null));
    }

    private void homeFact(Observation o, String fact) {
        state.home = true;
        switch (fact) {
            case "lives-alone" -> {
                if (!o.hasValueBooleanType()) {
                    problem("Observation.valueBoolean", "required for lives-alone");
                    return;
                }
                state.livesAlone = o.getValueBooleanType().getValue();
            }
            case "entry-stairs" -> {
                // a valueInteger without a value (an extension only) is as good as none
                if (!o.hasValueIntegerType() || !o.getValueIntegerType().hasValue()
                        || o.getValueIntegerType().getValue() < 0 || o.getValueIntegerType().getValue() > 1000) {
                    problem("Observation.valueInteger", "required for entry-stairs: a whole number 0-1000");
                    return;
                }
                state.entryStairs = o.getValueIntegerType().getValue();
            }
            case "bathroom" -> {
                String v = o.hasValueCodeableConcept() ? o.getValueCodeableConcept().getCodingFirstRep().getCode()
                        : null;
                if (v == null || !vocab.values("bathroom").contains(v)) {
                    problem("Observation.valueCodeableConcept", "bathroom: " + Allowed.notIn("bathroom",
                            vocab.values("bathroom")));
                    return;
                }
                state.bathroom = v;
            }
            case "home-help" -> {
                String v = o.hasValueCodeableConcept() ? o.getValueCodeableConcept().getCoding().stream()
                        .filter(c -> FhirSystems.HOME_HELP.equals(c.getSystem())).filter(Coding::hasCode)
                        .map(Coding::getCode).findFirst()
                        .orElse(null) : null;
                if (v == null || !vocab.values("home-help").contains(v)) {
                    problem("Observation.valueCodeableConcept", "home-help takes a " + FhirSystems.HOME_HELP
                            + " coding, " + Allowed.values(vocab.values("home-help")));
                    return;
                }
                if (state.help != null) {
                    problem("Observation.code", "a second home-help Observation; the case has one");
                    return;
                }
                state.help = v;
            }
            default -> problem("Observation.code", "unknown case fact; known: lives-alone, entry-stairs, bathroom, "
                    + "home-help, and the prior-function items of rules/tables/fhir-prior-function.csv");
        }
    }

    private void goal(Goal g) {
        String activity = g.getDescription().getCoding().stream()
                .filter(c -> FhirSystems.GOAL_ACTIVITY.equals(c.getSystem())).filter(Coding::hasCode)
                        .map(Coding::getCode).findFirst()
                .orElse(null);
        if (activity == null || !vocab.goalActivities().contains(activity)) {
            problem("Goal.description.coding", "needs a " + FhirSystems.GOAL_ACTIVITY + " coding naming the activity "
                    + "(a finding area or community-mobility, work, leisure, play, school)");
            return;
        }
        String words = g.getDescription().getText();
        if (words != null && words.isBlank()) {
            problem("Goal.description.text", "must not be blank (the patient's goal in their words)");
            return;
        }
        state.goals.add(new PatientGoal(words, activity));
    }

    private void order(ServiceRequest s) {
        String discipline = disciplineOf("order", s.getCode(), "ServiceRequest.code");
        if (discipline == null && s.hasPerformerType()) {
            discipline = disciplineOf("performer", s.getPerformerType(), "ServiceRequest.performerType");
        }
        if (discipline == null) {
            problem("ServiceRequest.code", "names no discipline: use a code of rules/tables/fhir-disciplines.csv "
                    + "(a PT/OT SNOMED CT procedure or evaluation code, or a performerType)");
            return;
        }
        LocalDate date = s.hasAuthoredOn() ? date(s.getAuthoredOnElement(), "ServiceRequest.authoredOn") : null;
        state.orders.add(new Order(discipline, date));
        state.dated.add(new Dated(date, resource, entry, "ServiceRequest.authoredOn"));
    }

    private String disciplineOf(String use, CodeableConcept cc, String path) {
        return cc.getCoding().stream().map(c -> map.discipline(use, c.getSystem(), c.getCode()))
                .flatMap(Optional::stream).map(FhirMapping.DisciplineCode::discipline).findFirst().orElse(null);
    }

    private void encounter(Encounter e) {
        Optional<String> setting = e.getType().stream().flatMap(t -> t.getCoding().stream())
                .map(c -> map.setting(c.getSystem(), c.getCode())).flatMap(Optional::stream).findFirst();
        if (setting.isEmpty() && e.hasClass_()) {
            setting = map.setting(e.getClass_().getSystem(), e.getClass_().getCode());
        }
        if (setting.isEmpty()) {
            problem("Encounter.type", "no Encounter.type or Encounter.class coding is listed in "
                    + "rules/tables/fhir-settings.csv");
            return;
        }
        state.settings.add(setting.get());
    }

    private void procedure(Procedure p) {
        String code = p.getCode().getCoding().stream()
                .filter(c -> FhirSystems.CPT.equals(c.getSystem()) || FhirSystems.HCPCS.equals(c.getSystem()))
                .filter(Coding::hasCode).map(Coding::getCode).findFirst().orElse(null);
        if (code == null || !CPT_HCPCS.matcher(code).matches()) {
            problem("Procedure.code", "needs a CPT (" + FhirSystems.CPT + ") or HCPCS coding of 5 characters");
            return;
        }
        FhirMapping.DisciplineCode who = null;
        for (int i = 0; i < p.getPerformer().size() && who == null; i++) {
            who = p.getPerformer().get(i).getFunction().getCoding().stream()
                    .map(c -> map.discipline("performer", c.getSystem(), c.getCode())).flatMap(Optional::stream)
                    .findFirst().orElse(null);
        }
        if (who == null) {
            problem("Procedure.performer.function", "no performer function names a discipline listed in "
                    + "rules/tables/fhir-disciplines.csv (use performer)");
            return;
        }
        if (!p.hasPerformedPeriod() || !p.getPerformedPeriod().hasStart() || !p.getPerformedPeriod().hasEnd()) {
            problem("Procedure.performed", "give performedPeriod with start and end (date and time): careweave "
                    + "bills by minutes");
            return;
        }
        Period period = p.getPerformedPeriod();
        LocalDate date = date(period.getStartElement(), "Procedure.performedPeriod.start");
        LocalTime start = time(period.getStartElement(), "Procedure.performedPeriod.start");
        if (date == null || start == null || !period.getEndElement().hasValue()) {
            return;
        }
        long minutes = (period.getEnd().getTime() - period.getStart().getTime()) / 60_000;
        if (minutes < 0 || minutes > 24 * 60) {
            problem("Procedure.performedPeriod", "end must be 0 to 1440 minutes after start");
            return;
        }
        boolean cotreatment = false;
        Integer patients = null;
        Integer assistantMinutes = null;
        for (Extension ext : p.getExtension()) {
            if (Extensions.COTREATMENT.equals(ext.getUrl())) {
                if (!(ext.getValue() instanceof org.hl7.fhir.r4.model.BooleanType b) || !b.hasValue()) {
                    problem("Procedure.extension('" + Extensions.COTREATMENT + "').value", "must be valueBoolean");
                    return;
                }
                cotreatment = b.getValue();
            } else if (Extensions.PATIENTS_IN_SESSION.equals(ext.getUrl())) {
                if (!(ext.getValue() instanceof IntegerType n) || !n.hasValue() || n.getValue() < 1
                        || n.getValue() > 100) {
                    problem("Procedure.extension('" + Extensions.PATIENTS_IN_SESSION + "').value",
                            "must be valueInteger 1-100");
                    return;
                }
                patients = n.getValue();
            } else if (Extensions.ASSISTANT_MINUTES.equals(ext.getUrl())) {
                if (!(ext.getValue() instanceof IntegerType n) || !n.hasValue() || n.getValue() < 0
                        || n.getValue() > minutes || who.assistant()) {
                    problem("Procedure.extension('" + Extensions.ASSISTANT_MINUTES + "').value",
                            "must be valueInteger 0 to the procedure's minutes, on a therapist's procedure (an "
                                    + "assistant performer already means all of them)");
                    return;
                }
                assistantMinutes = n.getValue();
            } else {
                problem(ext("Procedure", p.getExtension(), ext), "unknown extension");
                return;
            }
        }
        int byAssistant = assistantMinutes != null ? assistantMinutes : who.assistant() ? (int) minutes : 0;
        state.visits.computeIfAbsent(date, d -> new ArrayList<>()).add(new Service(who.discipline(), code,
                (int) minutes, cotreatment, start, who.assistant(), patients, null, byAssistant));
    }

    private void coverage(Coverage c) {
        if (state.payer != null) {
            problem("Coverage", "a second Coverage; careweave plans with one payer");
            return;
        }
        String planClass = c.getClass_().stream()
                .filter(k -> k.getType().getCoding().stream().anyMatch(t -> "plan".equals(t.getCode())))
                .filter(Coverage.ClassComponent::hasValue).map(Coverage.ClassComponent::getValue).findFirst()
                .orElse(null);
        String kind = null;
        for (Coding t : c.getType().getCoding()) {
            kind = map.payerKind(t.getSystem(), t.getCode(), planClass).orElse(null);
            if (kind == null && planClass == null && map.payerNeedsPlanClass(t.getSystem(), t.getCode())) {
                problem("Coverage.class", "Medicare coverage needs its part: a class of type 'plan' with value "
                        + "Part A or Part B");
                return;
            }
            if (kind != null) {
                break;
            }
        }
        if (kind == null) {
            problem("Coverage.type", "no coding is listed in rules/tables/fhir-payers.csv");
            return;
        }
        String unitMethod = null;
        Payer.AllowedToDate allowed = null;
        for (Extension ext : c.getExtension()) {
            if (Extensions.UNIT_METHOD.equals(ext.getUrl())) {
                unitMethod = ext.getValue() == null ? null : ext.getValue().primitiveValue();
                if (!vocab.values("unit-method").contains(unitMethod)) {
                    problem("Coverage.extension('" + Extensions.UNIT_METHOD + "').value",
                            Allowed.notIn("unit-method", vocab.values("unit-method")));
                    return;
                }
            } else if (Extensions.ALLOWED_TO_DATE.equals(ext.getUrl())) {
                double ptSlp = 0;
                double ot = 0;
                for (Extension part : ext.getExtension()) {
                    if (!(part.getValue() instanceof Money m) || !m.hasValue() || m.getValue().signum() < 0
                            || (m.hasCurrency() && !"USD".equals(m.getCurrency()))) {
                        problem(part(ext, part) + ".value", "must be valueMoney >= 0 in USD");
                        return;
                    }
                    switch (part.getUrl()) {
                        case "ptSlp" -> ptSlp = m.getValue().doubleValue();
                        case "ot" -> ot = m.getValue().doubleValue();
                        default -> {
                            problem(part(ext, part), "unknown part; known: ptSlp, ot");
                            return;
                        }
                    }
                }
                allowed = new Payer.AllowedToDate(ptSlp, ot);
            } else {
                problem(ext("Coverage", c.getExtension(), ext), "unknown extension");
                return;
            }
        }
        state.payer = new Payer(kind, unitMethod, allowed);
    }

    private void planOfCare(CarePlan c) {
        String discipline = c.getCategory().stream().flatMap(k -> k.getCoding().stream())
                .map(k -> FhirSystems.DISCIPLINE.equals(k.getSystem()) ? Optional.ofNullable(k.getCode())
                        : map.discipline("order", k.getSystem(), k.getCode())
                                .map(FhirMapping.DisciplineCode::discipline))
                .flatMap(Optional::stream).findFirst().orElse(null);
        if (discipline == null || !Vocabulary.DISCIPLINES.contains(discipline)) {
            problem("CarePlan.category", "names no discipline (a PT/OT order code of rules/tables/fhir-disciplines.csv "
                    + "or a " + FhirSystems.DISCIPLINE + " coding)");
            return;
        }
        if (!c.hasPeriod() || !c.getPeriod().hasStart()) {
            problem("CarePlan.period.start", "required: the first treatment under this plan of care");
            return;
        }
        LocalDate start = date(c.getPeriod().getStartElement(), "CarePlan.period.start");
        LocalDate certified = null;
        LocalDate sent = null;
        LocalDate end = c.getPeriod().hasEnd() ? date(c.getPeriod().getEndElement(), "CarePlan.period.end") : null;
        List<LocalDate> reports = new ArrayList<>();
        List<LocalDate> recertified = new ArrayList<>();
        // the plan's dates as the JSON reader checks them (PlanDate), in the order written: each done by the plan's
        // date but its end, none before birth, and a progress report, recertification or end not before the start
        // (a certification or sending may precede it: CMS Pub 100-02 Ch.15 section 220.1.3)
        List<Dated> dated = new ArrayList<>();
        dated.add(new Dated(start, resource, entry, "CarePlan.period.start"));
        for (Extension ext : c.getExtension()) {
            String at = ext("CarePlan", c.getExtension(), ext) + ".value";
            if (Extensions.CERTIFIED.equals(ext.getUrl()) || Extensions.PROGRESS_REPORT.equals(ext.getUrl())
                    || Extensions.SENT_TO_REFERRER.equals(ext.getUrl())
                    || Extensions.RECERTIFIED.equals(ext.getUrl())) {
                if (!(ext.getValue() instanceof DateType d) || !d.hasValue()) {
                    problem(at, "must be valueDate");
                    return;
                }
                LocalDate v = date(d, at);
                boolean afterStart = Extensions.PROGRESS_REPORT.equals(ext.getUrl())
                        || Extensions.RECERTIFIED.equals(ext.getUrl());
                dated.add(new Dated(v, resource, entry, at, true, afterStart ? start : null));
                boolean once = Extensions.CERTIFIED.equals(ext.getUrl())
                        || Extensions.SENT_TO_REFERRER.equals(ext.getUrl());
                if (once && (Extensions.CERTIFIED.equals(ext.getUrl()) ? certified : sent) != null) {
                    problem(ext("CarePlan", c.getExtension(), ext), "given twice; a plan of care has one");
                    return;
                }
                if (Extensions.CERTIFIED.equals(ext.getUrl())) {
                    certified = v;
                } else if (Extensions.SENT_TO_REFERRER.equals(ext.getUrl())) {
                    sent = v;
                } else if (Extensions.RECERTIFIED.equals(ext.getUrl())) {
                    recertified.add(v);
                } else {
                    reports.add(v);
                }
            } else {
                problem(ext("CarePlan", c.getExtension(), ext), "unknown extension");
                return;
            }
        }
        dated.add(new Dated(end, resource, entry, "CarePlan.period.end", false, start));
        state.plansOfCare.add(new PlanOfCare(discipline, start, certified, reports, sent, recertified, end));
        state.dated.addAll(dated);
    }

    /**
     * A GG0100 prior-function item: valueCodeableConcept with a {@link FhirSystems#PRIOR_FUNCTION} coding
     * (independent, some-help, dependent); one Observation per item.
     */
    private void priorFunction(Observation o, String field) {
        String v = o.hasValueCodeableConcept() ? o.getValueCodeableConcept().getCoding().stream()
                .filter(c -> FhirSystems.PRIOR_FUNCTION.equals(c.getSystem())).filter(Coding::hasCode)
                        .map(Coding::getCode).findFirst()
                .orElse(null) : null;
        if (v == null || !vocab.values("prior-function").contains(v)) {
            problem("Observation.valueCodeableConcept", "a prior-function item takes a " + FhirSystems.PRIOR_FUNCTION
                    + " coding, " + Allowed.values(vocab.values("prior-function")));
            return;
        }
        if (state.priorFunction.putIfAbsent(field, v) != null) {
            problem("Observation.code", "a second prior-function Observation for " + field + "; the case has one");
        }
    }

    /**
     * A precaution from an active Flag: the kind from a {@link FhirSystems#PRECAUTION} coding (or a standard coding of
     * fhir-precautions.csv), the weight-bearing level from a {@link FhirSystems#WEIGHT_BEARING} coding (which alone
     * also means the kind), region and side from the body-site extension, detail from the precaution-detail
     * extension. A Flag that is not active is no current precaution and is not read.
     */
    private void precaution(Flag f) {
        if (f.getStatus() != Flag.FlagStatus.ACTIVE) {
            if (f.getStatus() == null) {
                problem("Flag.status", "required (active for a current precaution)");
            }
            return;
        }
        String kind = null;
        String level = null;
        List<Coding> codings = f.getCode().getCoding();
        for (int i = 0; i < codings.size(); i++) {
            Coding k = codings.get(i);
            String at = "Flag.code.coding[" + i + "].code";
            if (FhirSystems.PRECAUTION.equals(k.getSystem())) {
                kind = k.getCode();
                if (!vocab.values("precaution").contains(kind)) {
                    problem(at, Allowed.notIn("precaution", vocab.values("precaution")));
                    return;
                }
            } else if (FhirSystems.WEIGHT_BEARING.equals(k.getSystem())) {
                level = k.getCode();
                if (!vocab.values("weight-bearing").contains(level)) {
                    problem(at, Allowed.notIn("weight-bearing", vocab.values("weight-bearing")));
                    return;
                }
            } else if (kind == null) {
                kind = map.precautionOfCoding(k.getSystem(), k.getCode()).orElse(null);
            }
        }
        if (kind == null && level != null) {
            kind = "weight-bearing";
        }
        if (kind == null) {
            problem("Flag.code", "names no precaution: a " + FhirSystems.PRECAUTION + " coding (the kind), a "
                    + FhirSystems.WEIGHT_BEARING + " coding (the level) or a coding of rules/tables/fhir-precautions.csv");
            return;
        }
        if ("weight-bearing".equals(kind) && level == null) {
            problem("Flag.code", "a weight-bearing precaution needs its level: a " + FhirSystems.WEIGHT_BEARING
                    + " coding, " + Allowed.values(vocab.values("weight-bearing")));
            return;
        }
        if (!"weight-bearing".equals(kind) && level != null) {
            problem("Flag.code", "only a weight-bearing precaution takes a weight-bearing level");
            return;
        }
        String region = null;
        String side = null;
        String detail = null;
        for (Extension ext : f.getExtension()) {
            String at = ext("Flag", f.getExtension(), ext);
            if (Extensions.BODY_SITE.equals(ext.getUrl())) {
                if (!(ext.getValue() instanceof CodeableConcept site)) {
                    problem(at + ".value", "must be valueCodeableConcept (SNOMED CT body structure and laterality)");
                    return;
                }
                for (Coding k : site.getCoding()) {
                    Optional<FhirMapping.BodySite> row = map.bodySite(k.getSystem(), k.getCode());
                    if (row.isPresent()) {
                        region = row.get().region() != null ? row.get().region() : region;
                        side = row.get().side() != null ? row.get().side() : side;
                    }
                }
                if (region == null && side == null) {
                    problem(at + ".value", "no coding is listed in rules/tables/fhir-body-sites.csv");
                    return;
                }
            } else if (Extensions.PRECAUTION_DETAIL.equals(ext.getUrl())) {
                if (!(ext.getValue() instanceof StringType text) || !text.hasValue() || text.getValue().isBlank()) {
                    problem(at + ".value", "must be valueString");
                    return;
                }
                if (text.getValue().length() > MAX_DETAIL) {
                    problem(at + ".value", "must be at most " + MAX_DETAIL + " characters");
                    return;
                }
                detail = text.getValue();
            } else {
                problem(at, "unknown extension");
                return;
            }
        }
        state.precautions.add(new Precaution(kind, level, region, side, detail));
    }

    /**
     * A device the patient has or used: the referenced Device's type says which list. A {@link FhirSystems#PRIOR_DEVICE}
     * coding is a device used before the current illness (GG0110, patient.priorDevices); a
     * {@link FhirSystems#EQUIPMENT} coding, or a code fhir-discharge-codes.csv lists for equipment (HCPCS), is
     * equipment at home (home.equipment). Status active or completed; entered-in-error is not read.
     */
    private void deviceUse(DeviceUseStatement d) {
        DeviceUseStatement.DeviceUseStatementStatus status = d.getStatus();
        if (status == DeviceUseStatement.DeviceUseStatementStatus.ENTEREDINERROR) {
            return;
        }
        if (status != DeviceUseStatement.DeviceUseStatementStatus.ACTIVE
                && status != DeviceUseStatement.DeviceUseStatementStatus.COMPLETED) {
            problem("DeviceUseStatement.status", "careweave reads active or completed device use");
            return;
        }
        Device device = state.devices.get(d.getDevice().getReference());
        if (device == null) {
            problem("DeviceUseStatement.device", "must reference a Device entry of this bundle (Device/id or its "
                    + "fullUrl)");
            return;
        }
        state.usedDevices.add(device);
        for (Coding k : device.getType().getCoding()) {
            if (FhirSystems.PRIOR_DEVICE.equals(k.getSystem())) {
                if (!vocab.values("prior-device").contains(k.getCode())) {
                    problem("DeviceUseStatement.device.resolve().type", Allowed.notIn("prior-device",
                            vocab.values("prior-device")));
                    return;
                }
                state.priorDevices.add(k.getCode());
                return;
            }
            String item = FhirSystems.EQUIPMENT.equals(k.getSystem()) ? k.getCode()
                    : map.dischargeValueOf("equipment", k.getSystem(), k.getCode()).orElse(null);
            if (item != null) {
                if (!vocab.values("equipment").contains(item)) {
                    problem("DeviceUseStatement.device.resolve().type", Allowed.notIn("equipment",
                            vocab.values("equipment")));
                    return;
                }
                state.equipment.add(item);
                return;
            }
        }
        problem("DeviceUseStatement.device.resolve().type", "the Device's type names no device careweave reads: a "
                + FhirSystems.PRIOR_DEVICE + " or " + FhirSystems.EQUIPMENT + " coding, or an equipment code of "
                + "rules/tables/fhir-discharge-codes.csv");
    }

    /**
     * The FHIRPath of an extension: by URL when it is one of careweave's published extensions, otherwise by its
     * position, so a URL the sender made up is never repeated back.
     */
    private static String ext(String type, List<Extension> all, Extension e) {
        return Extensions.KNOWN.contains(e.getUrl()) ? type + ".extension('" + e.getUrl() + "')"
                : type + ".extension[" + all.indexOf(e) + "]";
    }

    /** The FHIRPath of a part of the therapy-allowed-to-date extension: its known name, or its position. */
    private static String part(Extension allowed, Extension part) {
        String base = ext("Coverage", List.of(allowed), allowed);
        return ALLOWED_PARTS.contains(part.getUrl()) ? base + ".extension('" + part.getUrl() + "')"
                : base + ".extension[" + allowed.getExtension().indexOf(part) + "]";
    }

    /** Codes of a standard shape are named ("LOINC 8867-4"); anything else is not repeated. */
    private static String shown(List<String> codes, Pattern shape, String system) {
        return codes.stream().allMatch(k -> k != null && shape.matcher(k).matches())
                ? system + " " + String.join(", ", codes) : "a " + system + " coding";
    }

    /**
     * How a problem names its resource: {@code Observation/obs-7} when the id has FHIR's id syntax (at most 64
     * letters, digits, '-' and '.') or is a {@code urn:uuid}, else only the type (the bundle entry still locates it).
     */
    /** {@code Type/id}, or the type alone for a Patient (its id is the patient's, never repeated in a problem). */
    private static String label(String type, String id) {
        return id != null && FHIR_ID.matcher(id).matches() && !"Patient".equals(type) ? type + "/" + id : type;
    }

    /** The calendar date as written (the first 10 characters), so a time zone never moves a visit to another day. */
    private LocalDate date(BaseDateTimeType t, String path) {
        String text = t.getValueAsString();
        if (text == null || text.length() < 10) {
            problem(path, "needs a full date (YYYY-MM-DD)");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            problem(path, "not a date (YYYY-MM-DD)");
            return null;
        }
        // the JSON reader's range: without it such a case failed later, in the planner's checks, by JSON pointer
        if (date.getYear() < CaseReader.MIN_YEAR || date.getYear() > CaseReader.MAX_YEAR) {
            problem(path, "year outside " + CaseReader.MIN_YEAR + "-" + CaseReader.MAX_YEAR);
            return null;
        }
        return date;
    }

    /** The wall-clock time as written (hh:mm), or a problem when the value has no time. */
    private LocalTime time(BaseDateTimeType t, String path) {
        String text = t.getValueAsString();
        if (text == null || text.length() < 16 || text.charAt(10) != 'T') {
            problem(path, "needs a date and time (YYYY-MM-DDThh:mm:ss with zone)");
            return null;
        }
        return LocalTime.parse(text.substring(11, 16));
    }
}
