package org.careweave.internal.fhir;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;
import org.careweave.plan.ClaimDate;
import org.careweave.plan.ClaimLine;
import org.careweave.plan.DischargePlan;
import org.careweave.plan.DisciplineDecision;
import org.careweave.plan.GoalItem;
import org.careweave.plan.InterventionItem;
import org.careweave.plan.PlanAlert;
import org.careweave.plan.PrecautionItem;
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
import org.hl7.fhir.r4.model.DeviceRequest;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Range;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Timing;

/**
 * Writes a plan as a FHIR R4 {@code collection} Bundle: one CarePlan per indicated discipline (its Goals and its
 * interventions as ServiceRequests with code and occurrence timing), one coordinating CarePlan (every problem with
 * its lead discipline, every goal, the discipline plans as {@code partOf} children), a DetectedIssue per alert, a
 * Provenance per decision carrying the rule (activity) and the rule's source (entity, role source), the case's
 * Conditions and Coverage, and a Claim with the billed lines (units &gt; 0).
 *
 * <p>Contract v2 (see {@code docs/fhir.md}): each Goal carries its term (a {@code goal-term} category), its start
 * (the plan's date), a target with the measure (the Section GG item's LOINC, or the scale of fhir-scales.csv), the
 * target value (GG answer code, or a score as {@code detailRange}: at or above / at or below) and {@code dueDate}
 * (plan date + weeks), the baseline as an Observation the Goal {@code addresses}, and the patient's own words as
 * {@code expressedBy} the Patient plus a note. Each precaution is a Flag (category from fhir-precautions.csv) that the
 * CarePlans it binds list in {@code supportingInfo}. The discharge plan is a CarePlan {@code partOf} the coordinating
 * one: the recommended setting as an activity coded with the FHIR discharge disposition and NUBC discharge status,
 * equipment as DeviceRequests, referrals as ServiceRequests, the home programme as activity details.
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
    private final Map<String, Reference> baselines = new LinkedHashMap<>();
    /** Each precaution's Flag and the disciplines it binds, in plan order. */
    private final Map<Reference, List<String>> flags = new LinkedHashMap<>();
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
        writePrecautions();
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
        writeDischarge(coordination);
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

    /**
     * Each discharge referral's role in its entry's id: the recipient, then a count from 2 for a second referral to the
     * same recipient (a physician asked for a diagnosis and told why no programme was referred), so each ServiceRequest
     * has its own fullUrl (bdl-7) and a plan with one referral per recipient keeps the ids it always had.
     */
    private static List<String> referralRoles(List<DischargePlan.ReferralItem> referrals) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> roles = new ArrayList<>();
        for (DischargePlan.ReferralItem f : referrals) {
            int n = seen.merge(f.to(), 1, Integer::sum);
            roles.add("discharge-referral-" + f.to() + (n == 1 ? "" : "-" + n));
        }
        return roles;
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
            DisciplineDecision d = plan.discipline(g.discipline());
            // A goal of a discipline the plan only recommends (no order yet) is proposed, not yet pursued.
            goal.setLifecycleStatus(d != null && "recommended".equals(d.referral())
                    ? Goal.GoalLifecycleStatus.PROPOSED : Goal.GoalLifecycleStatus.ACTIVE);
            goal.addCategory(discipline(g.discipline()));
            if (g.term() != null) {
                // FHIR has no element for short- vs long-term; Goal.category (0..*, example binding) takes it.
                goal.addCategory(concept(FhirSystems.GOAL_TERM, g.term(), g.term() + "-term goal"));
            }
            goal.setDescription(new CodeableConcept().setText(g.text()));
            goal.setSubject(patient);
            goal.setStart(new DateType(asOf.toString()));
            Goal.GoalTargetComponent target = goal.addTarget();
            GoalItem.Measure aim = g.target() != null ? g.target() : g.baseline();
            target.setMeasure(measure(g.area(), aim == null ? null : aim.scale()));
            if (g.target() != null) {
                targetDetail(target, g.target());
            }
            if (g.weeks() != null) {
                target.setDue(new DateType(asOf.plusWeeks(g.weeks()).toString()));
            }
            goal.setAddresses(new ArrayList<>(conditions));
            if (g.baseline() != null) {
                Reference baseline = baseline(g);
                if (baseline != null) {
                    goal.addAddresses(baseline.copy());
                }
            }
            if (g.patientWords() != null) {
                goal.setExpressedBy(patient.copy());
                goal.addNote().setText("In the patient's words: " + g.patientWords());
            }
            add(r, goal);
            goals.put(g.id(), r);
        }
    }

    /** The area's codings, plus the scale's own coding when the scale is not Section GG. */
    private CodeableConcept measure(String area, String scale) {
        CodeableConcept cc = area(area);
        if (scale != null && !"gg".equals(scale)) {
            Optional<FhirMapping.Scale> row = map.scale(scale);
            row.filter(s -> s.system() != null).ifPresent(s -> addCoding(cc, FhirSystems.uri(s.system()), s.code(),
                    s.display()));
            addCoding(cc, FhirSystems.SCALE, scale, row.map(FhirMapping.Scale::display).orElse(null));
        }
        return cc;
    }

    private static void addCoding(CodeableConcept cc, String system, String code, String display) {
        boolean present = cc.getCoding().stream()
                .anyMatch(c -> system.equals(c.getSystem()) && code.equals(c.getCode()));
        if (!present) {
            cc.addCoding(new Coding(system, code, display));
        }
    }

    /** The Section GG answer codings careweave writes for a level: the first row per code system. */
    private CodeableConcept ggAnswer(int level, String words) {
        CodeableConcept cc = new CodeableConcept();
        java.util.Set<String> systems = new java.util.HashSet<>();
        for (FhirMapping.GgAnswer a : map.ggAnswers()) {
            if (a.level() != null && a.level() == level && systems.add(a.system())) {
                cc.addCoding(new Coding(FhirSystems.uri(a.system()), a.code(), null));
            }
        }
        return cc.setText(words);
    }

    private static boolean isGg(GoalItem.Measure m) {
        return "gg".equals(m.scale());
    }

    private static Quantity score(Number value) {
        return new Quantity().setValue(new java.math.BigDecimal(value.toString())).setSystem(FhirSystems.UCUM)
                .setCode("{score}").setUnit("score");
    }

    /**
     * A GG level as its answer code; a score as a range open on the worse side (FHIR R4 Goal.target.detail[x]: a
     * range without low is met at or below high, without high at or above low); words alone as text.
     */
    private void targetDetail(Goal.GoalTargetComponent target, GoalItem.Measure t) {
        if (t.value() != null && isGg(t)) {
            target.setDetail(ggAnswer(t.value().intValue(), t.words()));
        } else if (t.value() != null) {
            boolean lowerIsBetter = map.scale(t.scale()).map(s -> "lower".equals(s.better())).orElse(false);
            Range range = new Range();
            if (lowerIsBetter) {
                range.setHigh(score(t.value()));
            } else {
                range.setLow(score(t.value()));
            }
            target.setDetail(range);
        } else if (t.words() != null) {
            target.setDetail(new CodeableConcept().setText(t.words()));
        }
    }

    /**
     * The goal's baseline as an Observation (the measure at the plan's date), one per discipline, area and value
     * (a short- and a long-term goal from the same baseline share it); null when the baseline has no value or words.
     */
    private Reference baseline(GoalItem g) {
        GoalItem.Measure b = g.baseline();
        if (b.value() == null && b.words() == null) {
            return null;
        }
        String role = "baseline|" + g.discipline() + "|" + g.area() + "|" + b.scale() + "|" + b.value() + "|"
                + b.words();
        Reference known = baselines.get(role);
        if (known != null) {
            return known;
        }
        Reference r = ref("Observation", role);
        Observation o = new Observation();
        o.setStatus(Observation.ObservationStatus.FINAL);
        map.scale(b.scale()).map(FhirMapping.Scale::category).ifPresent(cat -> o.addCategory(
                concept(FhirSystems.OBSERVATION_CATEGORY, cat, null)));
        o.setCode(measure(g.area(), b.scale()));
        o.setSubject(patient);
        o.setEffective(new DateTimeType(asOf.toString()));
        if (b.value() != null && isGg(b)) {
            o.setValue(ggAnswer(b.value().intValue(), b.words()));
        } else if (b.value() != null) {
            o.setValue(score(b.value()));
        } else {
            o.setValue(new StringType(b.words()));
        }
        add(r, o);
        baselines.put(role, r);
        return r;
    }

    /** One Flag per plan precaution, in plan order, with the reasons as Provenance. */
    private void writePrecautions() {
        int n = 0;
        for (PrecautionItem p : plan.precautions()) {
            Reference r = ref("Flag", "precaution-" + (++n) + "-" + p.kind());
            Flag flag = new Flag();
            flag.setStatus(Flag.FlagStatus.ACTIVE);
            Optional<FhirMapping.PrecautionCode> row = map.precaution(p.kind());
            row.map(FhirMapping.PrecautionCode::category).ifPresent(cat ->
                    flag.addCategory(concept(FhirSystems.FLAG_CATEGORY, cat, null)));
            CodeableConcept code = new CodeableConcept();
            row.filter(k -> k.system() != null).ifPresent(k ->
                    code.addCoding(new Coding(FhirSystems.uri(k.system()), k.code(), null)));
            code.addCoding(new Coding(FhirSystems.PRECAUTION, p.kind(), map.meaning("precaution", p.kind())));
            flag.setCode(code.setText(p.text())); // Flag.code.text is what an EHR shows as the warning
            flag.setSubject(patient);
            flag.setPeriod(new Period().setStartElement(new DateTimeType(asOf.toString())));
            add(r, flag);
            flags.put(r, p.disciplines());
            provenance(r, p.reasons());
        }
    }

    /**
     * The discharge plan as a CarePlan partOf the coordinating one: the recommended setting (an activity coded
     * with fhir-discharge-codes.csv and careweave's discharge-setting), equipment (DeviceRequest), referrals
     * (ServiceRequest) and the home programme (activity details the patient performs).
     */
    private void writeDischarge(Reference coordination) {
        DischargePlan dp = plan.discharge();
        if (dp == null) {
            return;
        }
        Reference self = ref("CarePlan", "discharge");
        org.hl7.fhir.r4.model.CarePlan cp = basePlan();
        cp.addCategory(concept(FhirSystems.PLAN_KIND, "discharge", "Discharge plan"));
        cp.setTitle("Discharge plan");
        cp.addPartOf(coordination.copy());
        String setting = dp.recommendedSetting();
        cp.setDescription(setting == null ? "Recommended next setting: not decided yet"
                : "Recommended next setting: " + map.meaning("discharge-setting", setting));
        if (setting != null) {
            CodeableConcept code = new CodeableConcept();
            map.dischargeCodes("discharge-setting", setting).forEach(k ->
                    code.addCoding(new Coding(FhirSystems.uri(k.system()), k.code(), k.display())));
            code.addCoding(new Coding(FhirSystems.DISCHARGE_SETTING, setting,
                    map.meaning("discharge-setting", setting)));
            code.setText("Discharge to " + map.meaning("discharge-setting", setting));
            cp.addActivity().getDetail().setCode(code)
                    .setStatus(org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus.NOTSTARTED)
                    .setDescription(code.getText());
        }
        List<Resource> children = new ArrayList<>();
        List<Reference> childRefs = new ArrayList<>();
        for (DischargePlan.Equipment e : dp.equipment()) {
            Reference r = ref("DeviceRequest", "discharge-" + e.item());
            DeviceRequest dr = new DeviceRequest();
            dr.setStatus(DeviceRequest.DeviceRequestStatus.ACTIVE);
            dr.setIntent(DeviceRequest.RequestIntent.PLAN);
            dr.setCode(coded("equipment", FhirSystems.EQUIPMENT, e.item()));
            dr.setSubject(patient);
            dr.setAuthoredOnElement(new DateTimeType(asOf.toString()));
            dr.addReasonCode().setText(e.because());
            if (e.discipline() != null) {
                dr.addNote().setText("Recommended by " + e.discipline().toUpperCase(java.util.Locale.ROOT));
            }
            cp.addActivity().setReference(r);
            children.add(dr);
            childRefs.add(r);
        }
        List<String> referralRoles = referralRoles(dp.referrals());
        for (int k = 0; k < dp.referrals().size(); k++) {
            DischargePlan.ReferralItem f = dp.referrals().get(k);
            Reference r = ref("ServiceRequest", referralRoles.get(k));
            ServiceRequest sr = new ServiceRequest();
            sr.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
            sr.setIntent(ServiceRequest.ServiceRequestIntent.PLAN);
            sr.setCode(coded("referral", FhirSystems.REFERRAL, f.to()));
            sr.setSubject(patient);
            sr.setAuthoredOnElement(new DateTimeType(asOf.toString()));
            sr.addReasonCode().setText(f.because());
            cp.addActivity().setReference(r);
            children.add(sr);
            childRefs.add(r);
        }
        for (DischargePlan.HomeProgramEntry h : dp.homeProgram()) {
            cp.addActivity().getDetail().setCode(discipline(h.discipline()))
                    .setStatus(org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus.NOTSTARTED)
                    .setDescription(h.text()).addPerformer(patient.copy());
        }
        flags.keySet().forEach(f -> cp.addSupportingInfo(f.copy()));
        add(self, cp);
        for (int i = 0; i < children.size(); i++) {
            add(childRefs.get(i), children.get(i));
        }
        provenance(self, dp.reasons());
        for (DischargePlan.Equipment e : dp.equipment()) {
            decision(ref("DeviceRequest", "discharge-" + e.item()), e.rule(), e.because(), e.source());
        }
        for (int k = 0; k < dp.referrals().size(); k++) {
            DischargePlan.ReferralItem f = dp.referrals().get(k);
            decision(ref("ServiceRequest", referralRoles.get(k)), f.rule(), f.because(), f.source());
        }
        for (DischargePlan.HomeProgramEntry h : dp.homeProgram()) {
            decision(self, h.rule(), h.text(), h.source());
        }
    }

    private void decision(Reference target, String rule, String because, String source) {
        if (rule != null) {
            provenance(target, List.of(new Reason(rule, because, source)));
        }
    }

    /** A discharge-list value: its standard codings (fhir-discharge-codes.csv), careweave's code, and its words. */
    private CodeableConcept coded(String list, String system, String value) {
        CodeableConcept cc = new CodeableConcept();
        map.dischargeCodes(list, value).forEach(k ->
                cc.addCoding(new Coding(FhirSystems.uri(k.system()), k.code(), k.display())));
        String words = map.meaning(list, value);
        cc.addCoding(new Coding(system, value, words));
        return cc.setText(words);
    }

    private org.hl7.fhir.r4.model.CarePlan coordinatingPlan(Reference self) {
        org.hl7.fhir.r4.model.CarePlan cp = basePlan();
        cp.setTitle("Coordinated OT/PT plan of care");
        cp.setDescription("One lead discipline per problem; each discipline's plan is partOf this plan.");
        goals.values().forEach(cp::addGoal);
        flags.keySet().forEach(f -> cp.addSupportingInfo(f.copy()));
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
        // The precautions that bind this discipline: CarePlan.supportingInfo is the part of the record that shaped
        // the plan (FHIR R4), which is what a precaution is to a plan of care.
        flags.forEach((f, who) -> {
            if (who.contains(d.discipline())) {
                cp.addSupportingInfo(f.copy());
            }
        });
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
                p.addEntity().setRole(Provenance.ProvenanceEntityRole.SOURCE) // by title, as the text plan
                        .setWhat(new Reference().setDisplay(map.source(r.source())));
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
