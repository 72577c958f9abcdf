package org.careweave.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.careweave.internal.fhir.Fhir;
import org.careweave.internal.fhir.FhirMapping;
import org.careweave.internal.fhir.FhirSystems;
import org.careweave.model.Case;
import org.careweave.model.Condition;
import org.careweave.model.Finding;
import org.careweave.model.Home;
import org.careweave.model.Order;
import org.careweave.model.PatientGoal;
import org.careweave.model.PlanOfCare;
import org.careweave.model.Precaution;
import org.careweave.model.PriorFunction;
import org.careweave.model.Service;
import org.careweave.model.Visit;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DeviceUseStatement;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;

/**
 * Test side only: writes a careweave case as the FHIR R4 Bundle an EHR would send, following the "In" mapping of
 * docs/fhir.md and taking every standard code from the rule set's fhir-*.csv tables (first row that fits), so
 * {@code FhirRoundTripTest} can read it back with {@link org.careweave.internal.fhir.BundleReader} and compare. The
 * extension URLs are spelt out here as docs/fhir.md publishes them, not taken from the reader, so a renamed
 * extension fails the round trip.
 *
 * <p>{@link #unsupported} names what such a bundle cannot carry (docs/fhir.md, "Not read from FHIR yet", and a
 * Procedure's clock times, which FHIR in requires and a careweave case may leave out).
 */
final class CaseBundles {

    static final String SD = "http://careweave.org/fhir/StructureDefinition/";
    private static final String ZONE = "-05:00";

    private final Case c;
    private final FhirMapping map;
    private final Bundle bundle = new Bundle();
    private final Reference patient;
    private final java.util.Set<String> practitioners = new java.util.HashSet<>();

    private CaseBundles(Case c, FhirMapping map) {
        this.c = c;
        this.map = map;
        this.patient = new Reference(url("Patient", 0));
    }

    /** Why the case cannot travel as a bundle with the same facts, or empty when it can. */
    static Optional<String> unsupported(Case c) {
        List<Service> services = c.visits().stream().flatMap(v -> v.services().stream()).toList();
        if (services.stream().anyMatch(s -> s.start() == null)) {
            return Optional.of("a service without a start time (FHIR in reads performedPeriod start and end)");
        }
        if (services.stream().anyMatch(s -> s.area() != null)) {
            return Optional.of("services[].area (not read from FHIR yet)");
        }
        if (!"split".equals(c.billing().cotreatmentUnits())) {
            return Optional.of("billing.cotreatmentUnits (not read from FHIR yet)");
        }
        return Optional.empty();
    }

    /** The case as bundle JSON. */
    static String json(Case c, FhirMapping map) {
        return Fhir.prettyJson().encodeResourceToString(new CaseBundles(c, map).write());
    }

    private String url(String type, int n) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((c.caseId() + "|" + type + "|" + n).getBytes());
    }

    private void add(Resource r) {
        int n = (int) bundle.getEntry().stream().filter(e -> e.getResource().fhirType().equals(r.fhirType())).count();
        bundle.addEntry().setFullUrl(url(r.fhirType(), n)).setResource(r);
    }

    private Bundle write() {
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.getIdentifier().setSystem(FhirSystems.CASE_ID).setValue(c.caseId());
        if (c.asOf() != null) {
            bundle.setTimestampElement(new InstantType(c.asOf() + "T12:00:00" + ZONE));
        }
        patient();
        encounter();
        coverage();
        c.conditions().forEach(this::condition);
        c.findings().forEach(this::finding);
        home();
        c.goals().forEach(this::goal);
        c.orders().forEach(this::order);
        c.plansOfCare().forEach(this::planOfCare);
        c.visits().forEach(this::visit);
        c.precautions().forEach(this::flag);
        return bundle;
    }

    private void patient() {
        org.careweave.model.Patient p = c.patient();
        if (p == null || p.id() == null && p.birthDate() == null) {
            // every entry's subject is this Patient's urn:uuid, which must resolve inside the bundle (FHIR R4
            // Bundle: a urn:uuid reference resolves to an entry's fullUrl): one with nothing careweave reads about the
            // patient; "active" only because an empty resource is no resource (bdl-5, FhirValidationTest)
            add(new Patient().setActive(true));
        }
        if (p == null) {
            return;
        }
        if (p.id() != null || p.birthDate() != null) {
            Patient r = new Patient();
            if (p.id() != null) {
                r.addIdentifier().setSystem("http://clinic.example.org/mrn").setValue(p.id());
            }
            if (p.birthDate() != null) {
                r.setBirthDateElement(new DateType(p.birthDate().toString()));
            }
            add(r);
        }
        PriorFunction prior = p.priorFunction();
        if (prior != null) {
            prior("selfCare", prior.selfCare());
            prior("indoorMobility", prior.indoorMobility());
            prior("stairs", prior.stairs());
            prior("functionalCognition", prior.functionalCognition());
        }
        if (p.priorDevices() != null) {
            p.priorDevices().forEach(d -> device(FhirSystems.PRIOR_DEVICE, d,
                    DeviceUseStatement.DeviceUseStatementStatus.COMPLETED));
        }
    }

    private void prior(String field, String answer) {
        if (answer == null) {
            return;
        }
        FhirMapping.PriorFunctionItem item = map.priorFunction().stream().filter(r -> r.field().equals(field))
                .findFirst().orElseThrow(() -> new AssertionError("fhir-prior-function.csv has no row for " + field));
        Observation o = observation(new CodeableConcept(new Coding(FhirSystems.uri(item.system()), item.code(), null)));
        o.setValue(new CodeableConcept(new Coding(FhirSystems.PRIOR_FUNCTION, answer, null)));
        add(o);
    }

    private void device(String system, String code, DeviceUseStatement.DeviceUseStatementStatus status) {
        Device d = new Device();
        d.setType(new CodeableConcept(new Coding(system, code, null)));
        add(d);
        String deviceUrl = bundle.getEntry().get(bundle.getEntry().size() - 1).getFullUrl();
        DeviceUseStatement s = new DeviceUseStatement();
        s.setStatus(status);
        s.setSubject(patient.copy());
        s.setDevice(new Reference(deviceUrl));
        add(s);
    }

    private void encounter() {
        FhirMapping.SettingCode row = map.settings().stream().filter(r -> r.setting().equals(c.setting()))
                .findFirst().orElseThrow(() -> new AssertionError("fhir-settings.csv has no row for " + c.setting()));
        Encounter e = new Encounter();
        e.setStatus(Encounter.EncounterStatus.INPROGRESS);
        Coding coding = new Coding(FhirSystems.uri(row.system()), row.code(), null);
        if (FhirSystems.V3_ACT.equals(coding.getSystem())) {
            e.setClass_(coding);
        } else {
            e.setClass_(new Coding(FhirSystems.V3_ACT, "AMB", null)); // required in R4; the type decides
            e.addType(new CodeableConcept(coding));
        }
        e.setSubject(patient.copy());
        add(e);
    }

    private void coverage() {
        org.careweave.model.Payer p = c.payer();
        if (p == null) {
            return;
        }
        FhirMapping.PayerCode row = map.payers().stream().filter(r -> r.payerKind().equals(p.kind())).findFirst()
                .orElseThrow(() -> new AssertionError("fhir-payers.csv has no row for " + p.kind()));
        Coverage cov = new Coverage();
        cov.setStatus(Coverage.CoverageStatus.ACTIVE);
        cov.setType(new CodeableConcept(new Coding(FhirSystems.uri(row.system()), row.code(), null)));
        cov.setBeneficiary(patient.copy());
        cov.addPayor().setDisplay("payer");
        if (row.planClass() != null && !row.planClass().isEmpty()) {
            cov.addClass_().setValue(row.planClass()).setType(new CodeableConcept(
                    new Coding(FhirSystems.COVERAGE_CLASS, "plan", null)));
        }
        if (p.unitMethod() != null) {
            cov.addExtension(SD + "unit-method", new CodeType(p.unitMethod()));
        }
        if (p.allowedToDate() != null) {
            Extension allowed = cov.addExtension().setUrl(SD + "therapy-allowed-to-date");
            allowed.addExtension("ptSlp", money(p.allowedToDate().ptSlp()));
            allowed.addExtension("ot", money(p.allowedToDate().ot()));
        }
        add(cov);
    }

    private static Money money(double dollars) {
        Money m = new Money();
        m.setValue(BigDecimal.valueOf(dollars)).setCurrency("USD");
        return m;
    }

    private void condition(Condition k) {
        org.hl7.fhir.r4.model.Condition r = new org.hl7.fhir.r4.model.Condition();
        CodeableConcept code = new CodeableConcept();
        if (k.code() != null) {
            code.addCoding(new Coding(FhirSystems.ICD10CM, k.code(), null));
        }
        code.addCoding(new Coding(FhirSystems.CONDITION_CATEGORY, k.category(), null));
        r.setCode(code);
        r.setSubject(patient.copy());
        if (k.onset() != null) {
            r.setOnset(new DateTimeType(k.onset().toString()));
        }
        add(r);
    }

    private Observation observation(CodeableConcept code) {
        Observation o = new Observation();
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(code);
        o.setSubject(patient.copy());
        return o;
    }

    private void finding(Finding f) {
        Observation o = observation(new CodeableConcept(new Coding(FhirSystems.FINDING_AREA, f.area(), null)));
        if (f.level() != null) {
            o.setValue(new IntegerType(f.level()));
        } else if (f.notAttempted() != null) {
            FhirMapping.GgAnswer a = map.ggAnswers().stream()
                    .filter(r -> f.notAttempted().equals(r.notAttempted())).findFirst()
                    .orElseThrow(() -> new AssertionError("fhir-gg-answers.csv: no row for " + f.notAttempted()));
            o.setValue(new CodeableConcept(new Coding(FhirSystems.uri(a.system()), a.code(), null)));
        } else if (f.score() != null) {
            o.setValue(new Quantity().setValue(BigDecimal.valueOf(f.score())));
        }
        if (f.region() != null || f.side() != null) {
            o.setBodySite(bodySite(f.region(), f.side()));
        }
        if (f.status() != null && !"deficit".equals(f.status())) {
            FhirMapping.FindingStatus row = map.findingStatuses().stream()
                    .filter(r -> r.status().equals(f.status())).findFirst()
                    .orElseThrow(() -> new AssertionError("fhir-finding-status.csv: no row for " + f.status()));
            Coding k = new Coding(FhirSystems.uri(row.system()), row.code(), null);
            if (FhirSystems.DATA_ABSENT.equals(k.getSystem())) {
                o.setDataAbsentReason(new CodeableConcept(k));
            } else {
                o.addInterpretation(new CodeableConcept(k));
            }
        }
        if (f.priorLevel() != null) {
            o.addExtension(SD + "prior-level", new IntegerType(f.priorLevel()));
        }
        add(o);
    }

    private CodeableConcept bodySite(String region, String side) {
        CodeableConcept cc = new CodeableConcept();
        if (region != null) {
            FhirMapping.BodySite row = map.bodySites().stream().filter(r -> region.equals(r.region())).findFirst()
                    .orElseThrow(() -> new AssertionError("fhir-body-sites.csv: no row for " + region));
            cc.addCoding(new Coding(FhirSystems.uri(row.system()), row.code(), null));
        }
        if (side != null) {
            FhirMapping.BodySite row = map.bodySites().stream().filter(r -> side.equals(r.side())).findFirst()
                    .orElseThrow(() -> new AssertionError("fhir-body-sites.csv: no row for " + side));
            cc.addCoding(new Coding(FhirSystems.uri(row.system()), row.code(), null));
        }
        return cc;
    }

    private void caseFact(String fact, org.hl7.fhir.r4.model.Type value) {
        Observation o = observation(new CodeableConcept(new Coding(FhirSystems.CASE_FACT, fact, null)));
        o.setValue(value);
        add(o);
    }

    private void home() {
        Home h = c.home();
        if (h == null) {
            return;
        }
        if (h.livesAlone() != null) {
            caseFact("lives-alone", new BooleanType(h.livesAlone()));
        }
        if (h.entryStairs() != null) {
            caseFact("entry-stairs", new IntegerType(h.entryStairs()));
        }
        if (h.bathroom() != null) {
            caseFact("bathroom", new CodeableConcept(new Coding(FhirSystems.CASE_FACT, h.bathroom(), null)));
        }
        if (h.help() != null) {
            caseFact("home-help", new CodeableConcept(new Coding(FhirSystems.HOME_HELP, h.help(), null)));
        }
        if (h.equipment() != null) {
            h.equipment().forEach(e -> device(FhirSystems.EQUIPMENT, e,
                    DeviceUseStatement.DeviceUseStatementStatus.ACTIVE));
        }
    }

    private void goal(PatientGoal g) {
        Goal r = new Goal();
        r.setLifecycleStatus(Goal.GoalLifecycleStatus.PROPOSED);
        r.setDescription(new CodeableConcept(new Coding(FhirSystems.GOAL_ACTIVITY, g.activity(), null))
                .setText(g.text()));
        r.setSubject(patient.copy());
        r.setExpressedBy(patient.copy());
        add(r);
    }

    private FhirMapping.DisciplineCode disciplineCode(String use, String discipline, boolean assistant) {
        return map.disciplines().stream().filter(r -> r.use().equals(use) && r.discipline().equals(discipline)
                && r.assistant() == assistant).findFirst()
                .orElseThrow(() -> new AssertionError("fhir-disciplines.csv: no " + use + " row for " + discipline));
    }

    private void order(Order o) {
        FhirMapping.DisciplineCode row = disciplineCode("order", o.discipline(), false);
        ServiceRequest r = new ServiceRequest();
        r.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        r.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        r.setCode(new CodeableConcept(new Coding(FhirSystems.uri(row.system()), row.code(), null)));
        r.setSubject(patient.copy());
        if (o.date() != null) {
            r.setAuthoredOnElement(new DateTimeType(o.date().toString()));
        }
        add(r);
    }

    private void planOfCare(PlanOfCare p) {
        CarePlan r = new CarePlan();
        r.setStatus(CarePlan.CarePlanStatus.ACTIVE);
        r.setIntent(CarePlan.CarePlanIntent.PLAN);
        r.addCategory(new CodeableConcept(new Coding(FhirSystems.DISCIPLINE, p.discipline(), null)));
        r.setSubject(patient.copy());
        Period period = new Period().setStartElement(new DateTimeType(p.start().toString()));
        if (p.end() != null) {
            period.setEndElement(new DateTimeType(p.end().toString()));
        }
        r.setPeriod(period);
        if (p.certified() != null) {
            r.addExtension(SD + "plan-of-care-certified", date(p.certified()));
        }
        p.progressReports().forEach(d -> r.addExtension(SD + "progress-report", date(d)));
        if (p.sentToReferrer() != null) {
            r.addExtension(SD + "plan-of-care-sent-to-referrer", date(p.sentToReferrer()));
        }
        if (p.recertified() != null) {
            p.recertified().forEach(d -> r.addExtension(SD + "plan-of-care-recertified", date(d)));
        }
        add(r);
    }

    private static DateType date(LocalDate d) {
        return new DateType(d.toString());
    }

    private void visit(Visit v) {
        for (Service s : v.services()) {
            Procedure p = new Procedure();
            p.setStatus(Procedure.ProcedureStatus.COMPLETED);
            boolean hcpcs = Character.isLetter(s.code().charAt(0));
            p.setCode(new CodeableConcept(new Coding(hcpcs ? FhirSystems.HCPCS : FhirSystems.CPT, s.code(), null)));
            p.setSubject(patient.copy());
            java.time.LocalDateTime start = v.date().atTime(s.start());
            java.time.LocalDateTime end = start.plusMinutes(s.minutes());
            p.setPerformed(new Period().setStartElement(new DateTimeType(start + ":00" + ZONE))
                    .setEndElement(new DateTimeType(end + ":00" + ZONE)));
            FhirMapping.DisciplineCode who = disciplineCode("performer", s.discipline(), s.byAssistant());
            Coding function = new Coding(FhirSystems.uri(who.system()), who.code(), null);
            p.addPerformer().setActor(practitioner(function)).setFunction(new CodeableConcept(function));
            if (s.cotreatment()) {
                p.addExtension(SD + "cotreatment", new BooleanType(true));
            }
            if (s.patientsInSession() != null) {
                p.addExtension(SD + "patients-in-session", new IntegerType(s.patientsInSession()));
            }
            if (!s.byAssistant() && s.assistantMinutes() > 0) {
                p.addExtension(SD + "assistant-minutes", new IntegerType(s.assistantMinutes()));
            }
            add(p);
        }
    }

    /** The Practitioner entry of a performer taxonomy (Procedure.performer.actor is 1..1), one per code. */
    private Reference practitioner(Coding taxonomy) {
        String url = url("Practitioner|" + taxonomy.getCode(), 0);
        if (practitioners.add(url)) {
            org.hl7.fhir.r4.model.Practitioner r = new org.hl7.fhir.r4.model.Practitioner();
            r.addQualification().setCode(new CodeableConcept(taxonomy.copy()));
            bundle.addEntry().setFullUrl(url).setResource(r);
        }
        return new Reference(url);
    }

    private void flag(Precaution k) {
        Flag f = new Flag();
        f.setStatus(Flag.FlagStatus.ACTIVE);
        CodeableConcept code = new CodeableConcept(new Coding(FhirSystems.PRECAUTION, k.kind(), null));
        if (k.level() != null) {
            code.addCoding(new Coding(FhirSystems.WEIGHT_BEARING, k.level(), null));
        }
        f.setCode(code);
        f.setSubject(patient.copy());
        if (k.region() != null || k.side() != null) {
            f.addExtension(SD + "body-site", bodySite(k.region(), k.side()));
        }
        if (k.detail() != null) {
            f.addExtension(SD + "precaution-detail", new StringType(k.detail()));
        }
        add(f);
    }
}
