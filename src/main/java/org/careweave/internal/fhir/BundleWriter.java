package org.careweave.internal.fhir;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;
import org.careweave.plan.ClaimDate;
import org.careweave.plan.ClaimLine;
import org.careweave.plan.DisciplineDecision;
import org.careweave.plan.GoalItem;
import org.careweave.plan.InterventionItem;
import org.careweave.plan.PlanAlert;
import org.careweave.plan.ProblemItem;
import org.careweave.plan.Reason;
import org.careweave.plan.ScheduleItem;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Timing;

/**
 * Writes a plan as a FHIR R4 {@code collection} Bundle: one CarePlan per indicated discipline (its Goals and its
 * interventions as ServiceRequests with code and occurrence timing), one coordinating CarePlan (every problem with
 * its lead discipline, every goal, the discipline plans as {@code partOf} children), a DetectedIssue per alert, a
 * Provenance per decision carrying the rule (activity) and the rule's source (entity, role source), the case's
 * Conditions and Coverage, and a Claim with the billed lines (units &gt; 0).
 *
 * <p>Deterministic: entries are written in plan order, every {@code fullUrl} is a name-based UUID of the case id and
 * the entry's role, and the only date used is the case's {@code asOf}; equal plans give byte-identical JSON.
 * The patient is referenced ({@code Patient/<patient.id>}), never copied.
 */
public final class BundleWriter {

    private final Case c;
    private final CarePlan plan;
    private final FhirMapping map;
    private final Bundle bundle = new Bundle();
    private final Reference patient;
    private final LocalDate asOf;
    private final List<Reference> conditions = new ArrayList<>();
    private final Map<String, Reference> goals = new LinkedHashMap<>();
    private final java.util.Set<String> provenanceRoles = new java.util.HashSet<>();

    private BundleWriter(Case c, CarePlan plan, FhirMapping map) {
        this.c = c;
        this.plan = plan;
        this.map = map;
        this.asOf = c.asOf() != null ? c.asOf() : LocalDate.of(1970, 1, 1);
        this.patient = c.patient() != null && c.patient().id() != null
                ? new Reference("Patient/" + c.patient().id())
                : new Reference().setDisplay("the patient of case " + c.caseId());
    }

    /** The plan of {@code c} as a pretty-printed FHIR R4 Bundle (JSON, "\n" line ends, trailing newline). */
    public static String json(Case c, CarePlan plan, FhirMapping map) {
        return Fhir.prettyJson().encodeResourceToString(bundle(c, plan, map)) + "\n";
    }

    /** The plan of {@code c} as a FHIR R4 Bundle. */
    public static Bundle bundle(Case c, CarePlan plan, FhirMapping map) {
        return new BundleWriter(c, plan, map).write();
    }

    private Bundle write() {
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setIdentifier(new Identifier().setSystem(FhirSystems.CASE_ID).setValue(plan.caseId()));
        bundle.setTimestampElement(new InstantType(asOf + "T00:00:00Z"));
        bundle.getMeta().addTag(FhirSystems.CAREWEAVE_BASE + "/CodeSystem/rules-version", plan.rules().version(),
                plan.rules().source());
        writeConditions();
        Reference coverage = writeCoverage();
        Reference coordination = ref("CarePlan", "coordination");
        writeGoals();
        List<Resource> decided = new ArrayList<>();
        org.hl7.fhir.r4.model.CarePlan coordinating = coordinatingPlan(coordination);
        add(coordination, coordinating);
        for (DisciplineDecision d : plan.disciplines()) {
            Reference target = coordination;
            if (d.indicated()) {
                target = ref("CarePlan", d.discipline());
                add(target, disciplinePlan(d, target, coordination));
            }
            provenance(target, d.reasons());
        }
        for (ProblemItem p : plan.problems()) {
            provenance(coordination, p.reasons());
        }
        for (ScheduleItem s : plan.schedule()) {
            Reference target = plan.discipline(s.discipline()) != null && plan.discipline(s.discipline()).indicated()
                    ? ref("CarePlan", s.discipline()) : coordination;
            provenance(target, s.reasons());
        }
        int n = 0;
        for (PlanAlert a : plan.alerts()) {
            Reference issue = ref("DetectedIssue", String.valueOf(++n));
            add(issue, detectedIssue(a));
            if (a.rule() != null) {
                provenance(issue, List.of(new Reason(a.rule(), a.message(), a.source())));
            }
        }
        writeClaim(coverage);
        return bundle;
    }

    /** A reference by deterministic {@code urn:uuid:} to an entry of this bundle. */
    private Reference ref(String type, String role) {
        UUID id = UUID.nameUUIDFromBytes((plan.caseId() + "|" + type + "|" + role).getBytes(StandardCharsets.UTF_8));
        return new Reference("urn:uuid:" + id).setType(type);
    }

    private void add(Reference ref, Resource r) {
        bundle.addEntry().setFullUrl(ref.getReference()).setResource(r);
    }

    private static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display));
    }

    private CodeableConcept discipline(String d) {
        CodeableConcept cc = concept(FhirSystems.DISCIPLINE, d, null);
        map.codeOfDiscipline("order", d, false).filter(r -> r.system().equals("snomed"))
                .ifPresent(r -> cc.addCoding(new Coding(FhirSystems.SNOMED, r.code(), null)));
        return cc;
    }

    private CodeableConcept area(String area) {
        Optional<String> loinc = map.loincOfArea(area);
        CodeableConcept cc = new CodeableConcept();
        loinc.ifPresent(l -> cc.addCoding(new Coding(FhirSystems.LOINC, l, null)));
        cc.addCoding(new Coding(FhirSystems.FINDING_AREA, area, null));
        return cc.setText(area);
    }

    private void writeConditions() {
        int n = 0;
        for (org.careweave.model.Condition in : c.conditions()) {
            Reference r = ref("Condition", String.valueOf(++n));
            Condition out = new Condition();
            CodeableConcept code = new CodeableConcept();
            if (in.code() != null) {
                code.addCoding(new Coding(FhirSystems.ICD10CM, in.code(), null));
            }
            code.addCoding(new Coding(FhirSystems.CONDITION_CATEGORY, in.category(), null));
            out.setCode(code).setSubject(patient);
            if (in.onset() != null) {
                out.setOnset(new DateTimeType(in.onset().toString()));
            }
            add(r, out);
            conditions.add(r);
        }
    }

    private Reference writeCoverage() {
        Reference r = ref("Coverage", "payer");
        Coverage cov = new Coverage();
        cov.setStatus(Coverage.CoverageStatus.ACTIVE).setBeneficiary(patient);
        String kind = c.payer() != null ? c.payer().kind() : null;
        if (kind != null) {
            map.payers().stream().filter(p -> p.payerKind().equals(kind)).findFirst().ifPresent(p -> {
                cov.setType(concept(FhirSystems.uri(p.system()), p.code(), null));
                if (p.planClass() != null) {
                    cov.addClass_().setType(concept("http://terminology.hl7.org/CodeSystem/coverage-class", "plan",
                            null)).setValue(p.planClass());
                }
            });
        }
        cov.addPayor(new Reference().setDisplay(kind != null ? kind : "payer not given in the case"));
        add(r, cov);
        return r;
    }

    private void writeGoals() {
        for (GoalItem g : plan.goals()) {
            Reference r = ref("Goal", g.id());
            Goal goal = new Goal();
            goal.addIdentifier().setSystem(FhirSystems.CAREWEAVE_BASE + "/NamingSystem/goal-id").setValue(g.id());
            goal.setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE);
            goal.addCategory(discipline(g.discipline()));
            goal.setDescription(new CodeableConcept().setText(g.text()));
            goal.setSubject(patient);
            goal.addTarget().setMeasure(area(g.area()));
            goal.setAddresses(new ArrayList<>(conditions));
            add(r, goal);
            goals.put(g.id(), r);
        }
    }

    private org.hl7.fhir.r4.model.CarePlan coordinatingPlan(Reference self) {
        org.hl7.fhir.r4.model.CarePlan cp = basePlan();
        cp.setTitle("Coordinated OT/PT plan of care");
        cp.setDescription("One lead discipline per problem; each discipline's plan is partOf this plan.");
        goals.values().forEach(cp::addGoal);
        for (ProblemItem p : plan.problems()) {
            org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent detail = cp.addActivity().getDetail();
            detail.setCode(area(p.area()));
            detail.setStatus(org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus.NOTSTARTED);
            String where = p.region() == null ? "" : " (" + p.region() + (p.side() == null ? "" : ", " + p.side()) + ")";
            detail.setDescription(p.area() + where + ": led by " + p.lead());
            detail.addExtension(Extensions.LEAD, new CodeType(p.lead()));
        }
        return cp;
    }

    private org.hl7.fhir.r4.model.CarePlan basePlan() {
        org.hl7.fhir.r4.model.CarePlan cp = new org.hl7.fhir.r4.model.CarePlan();
        cp.setStatus(org.hl7.fhir.r4.model.CarePlan.CarePlanStatus.ACTIVE);
        cp.setIntent(org.hl7.fhir.r4.model.CarePlan.CarePlanIntent.PLAN);
        cp.setSubject(patient);
        int weeks = plan.schedule().stream().mapToInt(ScheduleItem::weeks).max().orElse(0);
        cp.setPeriod(period(weeks));
        cp.setAddresses(new ArrayList<>(conditions));
        return cp;
    }

    private Period period(int weeks) {
        Period p = new Period().setStartElement(new DateTimeType(asOf.toString()));
        if (weeks > 0) {
            p.setEndElement(new DateTimeType(asOf.plusWeeks(weeks).toString()));
        }
        return p;
    }

    private org.hl7.fhir.r4.model.CarePlan disciplinePlan(DisciplineDecision d, Reference self, Reference parent) {
        org.hl7.fhir.r4.model.CarePlan cp = basePlan();
        cp.addCategory(discipline(d.discipline()));
        cp.setTitle(d.discipline().toUpperCase(java.util.Locale.ROOT) + " plan of care");
        cp.addPartOf(parent);
        if (d.scope() != null || d.referral() != null) {
            // contract v2: evaluate only, or treat; a referral ordered, or one careweave recommends
            cp.setDescription((d.scope() == null ? "" : "scope: " + d.scope())
                    + (d.scope() != null && d.referral() != null ? "; " : "")
                    + (d.referral() == null ? "" : "referral: " + d.referral()));
        }
        Optional<ScheduleItem> schedule = plan.schedule().stream()
                .filter(s -> s.discipline().equals(d.discipline())).findFirst();
        cp.setPeriod(period(schedule.map(ScheduleItem::weeks).orElse(0)));
        plan.goals().stream().filter(g -> g.discipline().equals(d.discipline()))
                .forEach(g -> cp.addGoal(goals.get(g.id())));
        if ("recommended".equals(d.referral())) {
            // Indicated but not ordered: a proposed referral for the clinician to sign, not an assumed order.
            Reference referral = ref("ServiceRequest", d.discipline() + "-referral");
            add(referral, referral(d.discipline()));
            cp.addActivity().setReference(referral);
        }
        int n = 0;
        for (InterventionItem i : plan.interventions()) {
            if (!i.discipline().equals(d.discipline())) {
                continue;
            }
            Reference sr = ref("ServiceRequest", d.discipline() + "-" + (++n));
            add(sr, serviceRequest(i, schedule.orElse(null), self));
            cp.addActivity().setReference(sr);
        }
        return cp;
    }

    private ServiceRequest serviceRequest(InterventionItem i, ScheduleItem schedule, Reference basedOn) {
        ServiceRequest sr = new ServiceRequest();
        sr.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        sr.setIntent(ServiceRequest.ServiceRequestIntent.PLAN);
        sr.addCategory(discipline(i.discipline()));
        sr.setCode(concept(productSystem(i.code()), i.code(), i.description()));
        sr.setSubject(patient);
        if (schedule != null) {
            Timing.TimingRepeatComponent repeat = new Timing.TimingRepeatComponent()
                    .setFrequency(schedule.visitsPerWeek()).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.WK);
            repeat.setBounds(new Duration().setValue(schedule.weeks()).setUnit("wk").setSystem(FhirSystems.UCUM)
                    .setCode("wk"));
            sr.setOccurrence(new Timing().setRepeat(repeat));
        }
        map.codeOfDiscipline("performer", i.discipline(), false)
                .ifPresent(r -> sr.setPerformerType(concept(FhirSystems.uri(r.system()), r.code(), null)));
        sr.addReasonCode(area(i.area()));
        return sr;
    }

    private ServiceRequest referral(String discipline) {
        ServiceRequest sr = new ServiceRequest();
        sr.setStatus(ServiceRequest.ServiceRequestStatus.DRAFT);
        sr.setIntent(ServiceRequest.ServiceRequestIntent.PROPOSAL);
        sr.addCategory(discipline(discipline));
        CodeableConcept code = new CodeableConcept().setText(discipline.toUpperCase(java.util.Locale.ROOT)
                + " referral (evaluate and treat)");
        map.codeOfDiscipline("order", discipline, false)
                .ifPresent(r -> code.addCoding(new Coding(FhirSystems.uri(r.system()), r.code(), null)));
        sr.setCode(code);
        sr.setSubject(patient);
        sr.setAuthoredOnElement(new DateTimeType(asOf.toString()));
        return sr;
    }

    private DetectedIssue detectedIssue(PlanAlert a) {
        DetectedIssue issue = new DetectedIssue();
        issue.setStatus(DetectedIssue.DetectedIssueStatus.FINAL);
        issue.setCode(concept(FhirSystems.ALERT_KIND, a.kind(), null));
        issue.setSeverity(switch (a.severity()) {
            case "error" -> DetectedIssue.DetectedIssueSeverity.HIGH;
            case "warning" -> DetectedIssue.DetectedIssueSeverity.MODERATE;
            default -> DetectedIssue.DetectedIssueSeverity.LOW;
        });
        issue.setPatient(patient);
        issue.setIdentified(new DateTimeType(asOf.toString()));
        issue.setDetail(a.message());
        if (a.ref() != null) {
            issue.addIdentifier().setSystem(FhirSystems.CAREWEAVE_BASE + "/NamingSystem/alert-ref").setValue(a.ref());
        }
        return issue;
    }

    /** One Provenance per decision: the rule that made it (activity) and that rule's source (entity, role source). */
    private void provenance(Reference target, List<Reason> reasons) {
        for (Reason r : reasons) {
            Provenance p = new Provenance();
            p.addTarget(target.copy());
            p.setRecordedElement(new InstantType(asOf + "T00:00:00Z"));
            p.setActivity(concept(FhirSystems.RULE, r.rule(), null));
            p.addReason().setText(r.because());
            p.addAgent().setWho(new Reference().setDisplay("careweave " + plan.rules().version()));
            if (r.source() != null) {
                p.addEntity().setRole(Provenance.ProvenanceEntityRole.SOURCE)
                        .setWhat(new Reference().setDisplay(r.source()));
            }
            String role = target.getReference() + "|" + r.rule() + "|" + r.because();
            if (provenanceRoles.add(role)) { // one decision told twice (two lines, same reason) is one Provenance
                add(ref("Provenance", role), p);
            }
        }
    }

    private void writeClaim(Reference coverage) {
        List<ClaimDate> dates = plan.claims();
        boolean anyBilled = dates.stream().flatMap(d -> d.lines().stream()).anyMatch(l -> l.units() > 0);
        if (!anyBilled) {
            return;
        }
        Claim claim = new Claim();
        claim.setStatus(Claim.ClaimStatus.ACTIVE);
        // A line with a revenue code belongs to an institutional claim (UB-04 / 837I); otherwise professional.
        boolean institutional = dates.stream().flatMap(d -> d.lines().stream())
                .anyMatch(l -> l.units() > 0 && l.revenueCode() != null);
        claim.setType(concept(FhirSystems.CLAIM_TYPE, institutional ? "institutional" : "professional", null));
        claim.setUse(Claim.Use.CLAIM);
        claim.setPatient(patient);
        claim.setCreatedElement(new DateTimeType(asOf.toString()));
        claim.setProvider(new Reference().setDisplay("billing provider (not part of the case)"));
        claim.setPriority(concept(FhirSystems.PROCESS_PRIORITY, "normal", null));
        claim.addInsurance().setSequence(1).setFocal(true).setCoverage(coverage.copy());
        // Diagnoses: the case's ICD-10-CM codes (primary first), then any a line names that the case does not.
        Map<String, Integer> diagnosisSeq = new LinkedHashMap<>();
        c.conditions().stream().map(org.careweave.model.Condition::code).filter(java.util.Objects::nonNull)
                .forEach(code -> diagnosisSeq.putIfAbsent(code, diagnosisSeq.size() + 1));
        dates.stream().flatMap(d -> d.lines().stream()).filter(l -> l.units() > 0)
                .flatMap(l -> l.diagnoses().stream()).forEach(code -> diagnosisSeq.putIfAbsent(code, diagnosisSeq.size() + 1));
        diagnosisSeq.forEach((code, seq) -> claim.addDiagnosis().setSequence(seq)
                .setDiagnosis(concept(FhirSystems.ICD10CM, code, null)));
        LocalDate first = null;
        LocalDate last = null;
        int n = 0;
        for (ClaimDate d : dates) {
            for (ClaimLine l : d.lines()) {
                if (l.units() <= 0) {
                    continue;
                }
                Claim.ItemComponent item = claim.addItem().setSequence(++n);
                item.setProductOrService(concept(productSystem(l.code()), l.code(), null));
                l.modifiers().forEach(m -> item.addModifier(concept(FhirSystems.HCPCS, m, null)));
                item.setQuantity(new Quantity().setValue(l.units()));
                item.setServiced(new DateType(d.date().toString()));
                List<String> lineDiagnoses = l.diagnoses().isEmpty() ? List.copyOf(diagnosisSeq.keySet()) : l.diagnoses();
                lineDiagnoses.forEach(code -> item.addDiagnosisSequence(diagnosisSeq.get(code)));
                if (l.revenueCode() != null) {
                    item.setRevenue(concept(FhirSystems.NUBC_REVENUE, l.revenueCode(), null));
                }
                if (l.placeOfService() != null) {
                    item.setLocation(concept(FhirSystems.POS, l.placeOfService(), null));
                }
                if (l.charge() != null) {
                    // careweave's fee table is illustrative (tables/fees.csv): a charge to check, not a price
                    item.setNet(new org.hl7.fhir.r4.model.Money().setValue(l.charge()).setCurrency("USD"));
                }
                item.addExtension(Extensions.BILLED_MINUTES,
                        new org.hl7.fhir.r4.model.IntegerType(l.minutes()));
                first = first == null || d.date().isBefore(first) ? d.date() : first;
                last = last == null || d.date().isAfter(last) ? d.date() : last;
            }
        }
        claim.setBillablePeriod(new Period().setStartElement(new DateTimeType(first.toString()))
                .setEndElement(new DateTimeType(last.toString())));
        Reference r = ref("Claim", "claim");
        add(r, claim);
        provenanceForLines(r);
    }

    /** CPT (Level I) codes begin with a digit; HCPCS Level II codes (G0151, ...) with a letter. */
    private static String productSystem(String code) {
        return Character.isDigit(code.charAt(0)) ? FhirSystems.CPT : FhirSystems.HCPCS;
    }

    private void provenanceForLines(Reference claim) {
        for (ClaimDate d : plan.claims()) {
            for (ClaimLine l : d.lines()) {
                if (l.units() > 0) {
                    provenance(claim, l.reasons());
                }
            }
        }
    }

}
