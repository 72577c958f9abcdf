package org.careweave.internal.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.careweave.FhirInputException;
import org.careweave.FhirProblem;
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
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

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
 * <li>visits: each Procedure is a service: CPT code, performedPeriod (date, start time, minutes = end - start),
 *     performer.function (discipline, assistant; fhir-disciplines.csv), the cotreatment and patients-in-session
 *     extensions.</li>
 * </ul>
 */
public final class BundleReader {

    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
    private static final Pattern CPT_HCPCS = Pattern.compile("[0-9A-Z]{5}");
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

    /** Parses a Bundle strictly; throws {@link FhirInputException} (never echoing the offending value). */
    public static Bundle parse(String json) {
        try {
            return Fhir.strictJson().parseResource(Bundle.class, json);
        } catch (DataFormatException | ClassCastException | IllegalArgumentException e) {
            throw new FhirInputException(List.of(new FhirProblem("Bundle", "Bundle", "Bundle",
                    "not a FHIR R4 Bundle in JSON: " + redact(e.getMessage()))));
        }
    }

    /** HAPI quotes the bad value in its messages; a value may be personal, so it is left out. */
    public static String redact(String message) {
        if (message == null) {
            return "unreadable";
        }
        String m = message.replaceAll("\"[^\"]*\"", "\"…\""); // element names stay: HAPI single-quotes them
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

    /** What the entries contribute, gathered before the case is built. */
    private static final class FhirReaderState {
        Patient patient;
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
    }

    private Case readBundle(Bundle bundle, String caseIdDefault, LocalDate asOfDefault) {
        entry = "Bundle";
        resource = "Bundle";
        String caseId = bundle.hasIdentifier() && bundle.getIdentifier().hasValue()
                ? bundle.getIdentifier().getValue()
                : bundle.getIdElement().hasIdPart() ? bundle.getIdElement().getIdPart() : caseIdDefault;
        if (caseId == null || caseId.isBlank()) {
            problem("Bundle.identifier", "required: the case id (Bundle.identifier.value or Bundle.id)");
        }
        LocalDate asOf = asOfDefault;
        if (bundle.hasTimestamp()) {
            asOf = date(bundle.getTimestampElement(), "Bundle.timestamp");
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
            resource = r.getIdElement().hasIdPart() ? type + "/" + r.getIdElement().getIdPart() : type;
            if (r instanceof org.hl7.fhir.r4.model.Patient p) {
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
            } else if (!CONTEXT_TYPES.contains(type)) {
                problem(type, "careweave does not read " + type + " resources; leave them out of the bundle");
            }
        }
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
        if (!problems.isEmpty()) {
            throw new FhirInputException(problems);
        }
        List<Visit> visits = new ArrayList<>();
        state.visits.forEach((d, services) -> visits.add(new Visit(d, services)));
        Home home = state.home ? new Home(state.livesAlone, state.entryStairs, state.bathroom) : null;
        return new Case(caseId, asOf, state.patient, setting, state.payer, state.conditions, state.findings, home,
                state.goals, state.orders, visits, state.plansOfCare, BillingOptions.DEFAULT);
    }

    private void problem(String path, String message) {
        problems.add(new FhirProblem(resource, entry, path, message));
    }

    private void patient(org.hl7.fhir.r4.model.Patient p) {
        if (state.patient != null) {
            problem("Patient", "a second Patient; a case is about one patient");
            return;
        }
        String id = p.hasIdentifier() && p.getIdentifierFirstRep().hasValue() ? p.getIdentifierFirstRep().getValue()
                : p.getIdElement().getIdPart();
        LocalDate birth = p.hasBirthDate() ? date(p.getBirthDateElement(), "Patient.birthDate") : null;
        state.patient = new Patient(id, birth);
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
                    problem(at + ".code", "unknown condition category; expected one of "
                            + String.join(", ", vocab.conditionCategories()));
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
    }

    private void observation(Observation o) {
        String area = null;
        String fact = null;
        for (int i = 0; i < o.getCode().getCoding().size() && area == null && fact == null; i++) {
            Coding coding = o.getCode().getCoding().get(i);
            if (FhirSystems.LOINC.equals(coding.getSystem())) {
                area = map.areaOfLoinc(coding.getCode()).orElse(null);
            } else if (FhirSystems.FINDING_AREA.equals(coding.getSystem())) {
                area = coding.getCode();
                if (!vocab.findingAreas().contains(area)) {
                    problem("Observation.code.coding[" + i + "].code", "unknown finding area '" + area + "'");
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
                    : "LOINC " + String.join(", ", loincs) + " is not in rules/tables/fhir-loinc-areas.csv");
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
                problem("Observation.bodySite", "only body-function findings (" + String.join(", ",
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
                problem("Observation.extension('" + ext.getUrl() + "')", Extensions.PRIOR_LEVEL.equals(ext.getUrl())
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
                if (!o.hasValueIntegerType() || o.getValueIntegerType().getValue() < 0
                        || o.getValueIntegerType().getValue() > 1000) {
                    problem("Observation.valueInteger", "required for entry-stairs: a whole number 0-1000");
                    return;
                }
                state.entryStairs = o.getValueIntegerType().getValue();
            }
            case "bathroom" -> {
                String v = o.hasValueCodeableConcept() ? o.getValueCodeableConcept().getCodingFirstRep().getCode()
                        : null;
                if (v == null || !vocab.values("bathroom").contains(v)) {
                    problem("Observation.valueCodeableConcept", "bathroom must be one of "
                            + String.join(", ", vocab.values("bathroom")));
                    return;
                }
                state.bathroom = v;
            }
            default -> problem("Observation.code", "unknown case fact '" + fact
                    + "'; known: lives-alone, entry-stairs, bathroom");
        }
    }

    private void goal(Goal g) {
        String activity = g.getDescription().getCoding().stream()
                .filter(c -> FhirSystems.GOAL_ACTIVITY.equals(c.getSystem())).map(Coding::getCode).findFirst()
                .orElse(null);
        if (activity == null || !vocab.goalActivities().contains(activity)) {
            problem("Goal.description.coding", "needs a " + FhirSystems.GOAL_ACTIVITY + " coding naming the activity "
                    + "(a finding area or community-mobility, work, leisure, play, school)");
            return;
        }
        state.goals.add(new PatientGoal(g.getDescription().getText(), activity));
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
                .map(Coding::getCode).findFirst().orElse(null);
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
                problem("Procedure.extension('" + ext.getUrl() + "')", "unknown extension");
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
                .map(Coverage.ClassComponent::getValue).findFirst().orElse(null);
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
                    problem("Coverage.extension('" + Extensions.UNIT_METHOD + "').value", "must be one of "
                            + String.join(", ", vocab.values("unit-method")));
                    return;
                }
            } else if (Extensions.ALLOWED_TO_DATE.equals(ext.getUrl())) {
                double ptSlp = 0;
                double ot = 0;
                for (Extension part : ext.getExtension()) {
                    if (!(part.getValue() instanceof Money m) || !m.hasValue() || m.getValue().signum() < 0
                            || (m.hasCurrency() && !"USD".equals(m.getCurrency()))) {
                        problem("Coverage.extension('" + Extensions.ALLOWED_TO_DATE + "').extension('"
                                + part.getUrl() + "').value", "must be valueMoney >= 0 in USD");
                        return;
                    }
                    switch (part.getUrl()) {
                        case "ptSlp" -> ptSlp = m.getValue().doubleValue();
                        case "ot" -> ot = m.getValue().doubleValue();
                        default -> {
                            problem("Coverage.extension('" + Extensions.ALLOWED_TO_DATE + "').extension('"
                                    + part.getUrl() + "')", "unknown part; known: ptSlp, ot");
                            return;
                        }
                    }
                }
                allowed = new Payer.AllowedToDate(ptSlp, ot);
            } else {
                problem("Coverage.extension('" + ext.getUrl() + "')", "unknown extension");
                return;
            }
        }
        state.payer = new Payer(kind, unitMethod, allowed);
    }

    private void planOfCare(CarePlan c) {
        String discipline = c.getCategory().stream().flatMap(k -> k.getCoding().stream())
                .map(k -> FhirSystems.DISCIPLINE.equals(k.getSystem()) ? Optional.of(k.getCode())
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
        List<LocalDate> reports = new ArrayList<>();
        for (Extension ext : c.getExtension()) {
            String at = "CarePlan.extension('" + ext.getUrl() + "').value";
            if (Extensions.CERTIFIED.equals(ext.getUrl()) || Extensions.PROGRESS_REPORT.equals(ext.getUrl())) {
                if (!(ext.getValue() instanceof DateType d) || !d.hasValue()) {
                    problem(at, "must be valueDate");
                    return;
                }
                LocalDate v = date(d, at);
                if (Extensions.CERTIFIED.equals(ext.getUrl())) {
                    certified = v;
                } else {
                    reports.add(v);
                }
            } else {
                problem("CarePlan.extension('" + ext.getUrl() + "')", "unknown extension");
                return;
            }
        }
        state.plansOfCare.add(new PlanOfCare(discipline, start, certified, reports));
    }

    /** The calendar date as written (the first 10 characters), so a time zone never moves a visit to another day. */
    private LocalDate date(BaseDateTimeType t, String path) {
        String text = t.getValueAsString();
        if (text == null || text.length() < 10) {
            problem(path, "needs a full date (YYYY-MM-DD)");
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            problem(path, "not a date (YYYY-MM-DD)");
            return null;
        }
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
