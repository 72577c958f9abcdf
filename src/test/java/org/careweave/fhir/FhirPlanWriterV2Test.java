package org.careweave.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.careweave.TestRules;
import org.careweave.internal.fhir.BundleReader;
import org.careweave.internal.fhir.BundleWriter;
import org.careweave.internal.fhir.FhirMapping;
import org.careweave.internal.fhir.FhirSystems;
import org.careweave.internal.engine.RuleSource;
import org.careweave.model.Case;
import org.careweave.model.Patient;
import org.careweave.plan.CarePlan;
import org.careweave.plan.DischargePlan;
import org.careweave.plan.DisciplineDecision;
import org.careweave.plan.GoalItem;
import org.careweave.plan.GoalItem.Measure;
import org.careweave.plan.PrecautionItem;
import org.careweave.plan.Reason;
import org.careweave.plan.RulesUsed;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DeviceRequest;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Contract v2 plan items in FHIR out: a hand-built plan (goals with term, weeks, baseline, target and the patient's
 * words; precautions; a discharge plan) and the resources it must become, worked out from the FHIR R4 Goal, Flag,
 * CarePlan and DeviceRequest definitions and the rules/tables/fhir-*.csv rows, not from the writer's output.
 */
class FhirPlanWriterV2Test {

    static FhirMapping map;
    static Bundle bundle;
    static String json;

    static final Reason WHY = new Reason("a rule", "because", "a source");

    @BeforeAll
    static void write() {
        map = FhirMapping.of(RuleSource.fromDirectory(TestRules.RULES));
        Case c = new Case("t-v2", LocalDate.of(2026, 11, 20), new Patient("P-7", LocalDate.of(1950, 1, 1)),
                "outpatient", null, List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of(), null);
        List<GoalItem> goals = List.of(
                new GoalItem("ot-1", "ot", "lower-body-dressing", "short", 2, "LB dressing with supervision",
                        new Measure("gg", 2, "maximal assist"), new Measure("gg", 4, "supervision or contact guard"),
                        null),
                new GoalItem("ot-2", "ot", "lower-body-dressing", "long", 4, "LB dressing independently",
                        new Measure("gg", 2, "maximal assist"), new Measure("gg", 6, "independent"), null),
                new GoalItem("pt-1", "pt", "pain", "long", 4, "Pain below 4", new Measure("nrs-0-10", 6, null),
                        new Measure("nrs-0-10", 3, null), null),
                new GoalItem("pt-2", "pt", "strength", "long", 4, "Hip strength 4/5", new Measure("mmt-0-5", 3, null),
                        new Measure("mmt-0-5", 4, null), null),
                new GoalItem("pt-3", "pt", "community-mobility", "long", null, "Walk to church", null, null,
                        "walk to church"));
        List<PrecautionItem> precautions = List.of(
                new PrecautionItem("hip-posterior", "Posterior hip precautions", List.of("pt", "ot"), List.of(WHY)),
                new PrecautionItem("weight-bearing", "Weight-bearing as tolerated", List.of("pt"), List.of(WHY)));
        DischargePlan discharge = new DischargePlan("home-with-help", List.of(WHY),
                List.of(new DischargePlan.Equipment("tub-bench", "crossing the tub wall seated", "ot", "r1", "s1"),
                        new DischargePlan.Equipment("reacher", "dressing within hip precautions", "ot", "r2", "s2")),
                List.of(new DischargePlan.HomeProgramEntry("pt", "Walk at home twice a day", "r3", "s3")),
                List.of(new DischargePlan.ReferralItem("social-work", "no one can help at home", "r4", "s4")));
        CarePlan plan = new CarePlan("t-v2", new RulesUsed("test", "rules"),
                List.of(new DisciplineDecision("pt", true, "treat", "ordered", List.of(WHY)),
                        new DisciplineDecision("ot", true, "treat", "recommended", List.of(WHY))),
                List.of(), goals, List.of(), List.of(), precautions, discharge, List.of(), List.of(), null);
        json = BundleWriter.json(c, plan, map);
        bundle = BundleReader.parse(json); // HAPI's strict parser: unknown elements or wrong types fail here
        assertEquals(json, BundleWriter.json(c, plan, map), "deterministic");
    }

    static <T extends Resource> List<T> all(Class<T> type) {
        return FhirExamplesTest.all(bundle, type);
    }

    static Resource resolve(Reference r) {
        return bundle.getEntry().stream().filter(e -> e.getFullUrl().equals(r.getReference()))
                .map(Bundle.BundleEntryComponent::getResource).findFirst().orElseThrow(() -> new AssertionError(
                        "no entry " + r.getReference()));
    }

    static Goal goal(String id) {
        return all(Goal.class).stream().filter(g -> g.getIdentifierFirstRep().getValue().equals(id)).findFirst()
                .orElseThrow();
    }

    static List<String> codes(CodeableConcept cc) {
        return cc.getCoding().stream().map(c -> c.getSystem() + "|" + c.getCode()).toList();
    }

    @Test
    void everyReferenceInTheBundleResolvesToAnEntry() {
        Set<String> fullUrls = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl)
                .collect(Collectors.toSet());
        Matcher m = Pattern.compile("\"reference\": \"(urn:uuid:[^\"]+)\"").matcher(json);
        int n = 0;
        while (m.find()) {
            n++;
            assertTrue(fullUrls.contains(m.group(1)), m.group(1));
        }
        assertTrue(n > 20, "references were found: " + n);
    }

    @Test
    void aSectionGgGoalCarriesTermStartDueTargetAnswerAndItsBaseline() {
        Goal g = goal("ot-1");
        // OT is recommended, not ordered: its goals are proposed until someone orders OT.
        assertEquals(Goal.GoalLifecycleStatus.PROPOSED, g.getLifecycleStatus());
        assertTrue(codes(g.getCategory().get(1)).contains(FhirSystems.GOAL_TERM + "|short"));
        assertEquals("LB dressing with supervision", g.getDescription().getText());
        assertEquals("2026-11-20", g.getStartDateType().getValueAsString());
        Goal.GoalTargetComponent t = g.getTargetFirstRep();
        // GG0130G lower body dressing = LOINC 83222-0 (fhir-loinc-areas.csv)
        assertEquals(FhirSystems.LOINC + "|83222-0", codes(t.getMeasure()).get(0));
        // level 4: CMS value 04, LOINC LA11757-4 (the first row of each system for level 4 in fhir-gg-answers.csv)
        assertEquals(List.of(FhirSystems.CMS_GG_ANSWER + "|04", FhirSystems.LOINC + "|LA11757-4"),
                codes(t.getDetailCodeableConcept()));
        assertEquals("supervision or contact guard", t.getDetailCodeableConcept().getText());
        assertEquals("2026-12-04", t.getDueDateType().getValueAsString(), "20 Nov + 2 weeks");
        Observation baseline = (Observation) resolve(g.getAddresses().get(0));
        assertEquals(Observation.ObservationStatus.FINAL, baseline.getStatus());
        assertEquals(FhirSystems.LOINC + "|83222-0", codes(baseline.getCode()).get(0));
        assertEquals(List.of(FhirSystems.CMS_GG_ANSWER + "|02", FhirSystems.LOINC + "|LA10090-1"),
                codes(baseline.getValueCodeableConcept()));
        assertEquals("2026-11-20", baseline.getEffectiveDateTimeType().getValueAsString());
        assertEquals("survey", baseline.getCategoryFirstRep().getCodingFirstRep().getCode());
    }

    @Test
    void theLongTermGoalSharesTheBaselineObservationAndIsDueLater() {
        Goal g = goal("ot-2");
        assertTrue(codes(g.getCategory().get(1)).contains(FhirSystems.GOAL_TERM + "|long"));
        assertEquals(List.of(FhirSystems.CMS_GG_ANSWER + "|06", FhirSystems.LOINC + "|LA9983-3"),
                codes(g.getTargetFirstRep().getDetailCodeableConcept()));
        assertEquals("2026-12-18", g.getTargetFirstRep().getDueDateType().getValueAsString(), "20 Nov + 4 weeks");
        assertEquals(goal("ot-1").getAddresses().get(0).getReference(), g.getAddresses().get(0).getReference());
        // baselines: OT lower-body dressing 2, PT pain 6, PT strength 3 (the patient's goal has none)
        assertEquals(3, all(Observation.class).size());
    }

    @Test
    void aScoreTargetIsARangeOpenOnTheWorseSide() {
        Goal pain = goal("pt-1");
        assertEquals(Goal.GoalLifecycleStatus.ACTIVE, pain.getLifecycleStatus(), "PT is ordered");
        Goal.GoalTargetComponent t = pain.getTargetFirstRep();
        // pain (NRS 0-10, lower is better) at or below 3: high only
        assertEquals(3, t.getDetailRange().getHigh().getValue().intValue());
        assertFalse(t.getDetailRange().hasLow());
        assertEquals("{score}", t.getDetailRange().getHigh().getCode());
        // LOINC 72514-3 is both the pain area's and the NRS scale's code: written once
        assertEquals(1, codes(t.getMeasure()).stream().filter(s -> s.equals(FhirSystems.LOINC + "|72514-3")).count());
        Observation baseline = (Observation) resolve(pain.getAddresses().get(0));
        assertEquals(6, baseline.getValueQuantity().getValue().intValue());
        // strength (MMT 0-5, higher is better) at or above 4: low only, measured on careweave's scale code
        Goal.GoalTargetComponent s = goal("pt-2").getTargetFirstRep();
        assertEquals(4, s.getDetailRange().getLow().getValue().intValue());
        assertFalse(s.getDetailRange().hasHigh());
        assertTrue(codes(s.getMeasure()).contains(FhirSystems.SCALE + "|mmt-0-5"));
    }

    @Test
    void thePatientsOwnWordsAreExpressedByThePatient() {
        Goal g = goal("pt-3");
        assertEquals("Patient/P-7", g.getExpressedBy().getReference());
        assertTrue(g.getNoteFirstRep().getText().contains("walk to church"));
        assertFalse(g.getTargetFirstRep().hasDue(), "no weeks, no due date");
        assertFalse(g.getTargetFirstRep().hasDetail());
        assertTrue(g.getAddresses().isEmpty(), "no conditions in the case, no baseline");
    }

    @Test
    void precautionsAreSafetyFlagsListedByThePlansTheyBind() {
        List<Flag> flags = all(Flag.class);
        assertEquals(2, flags.size());
        Flag hip = flags.get(0);
        assertEquals(Flag.FlagStatus.ACTIVE, hip.getStatus());
        assertEquals("http://terminology.hl7.org/CodeSystem/flag-category|safety", codes(hip.getCategoryFirstRep()).get(0));
        assertEquals(List.of(FhirSystems.PRECAUTION + "|hip-posterior"), codes(hip.getCode()));
        assertEquals("Posterior hip precautions", hip.getCode().getText());
        assertEquals("Patient/P-7", hip.getSubject().getReference());
        var plans = all(org.hl7.fhir.r4.model.CarePlan.class);
        var pt = plans.stream().filter(p -> "PT plan of care".equals(p.getTitle())).findFirst().orElseThrow();
        var ot = plans.stream().filter(p -> "OT plan of care".equals(p.getTitle())).findFirst().orElseThrow();
        assertEquals(2, pt.getSupportingInfo().size(), "PT is bound by both");
        assertEquals(1, ot.getSupportingInfo().size(), "weight-bearing binds PT only");
        assertEquals(hip, resolve(ot.getSupportingInfo().get(0)));
    }

    @Test
    void theDischargePlanIsACarePlanWithSettingEquipmentReferralAndHomeProgramme() {
        var discharge = all(org.hl7.fhir.r4.model.CarePlan.class).stream()
                .filter(p -> "Discharge plan".equals(p.getTitle())).findFirst().orElseThrow();
        var coordinating = all(org.hl7.fhir.r4.model.CarePlan.class).stream().filter(p -> !p.hasPartOf())
                .findFirst().orElseThrow();
        assertEquals(coordinating, resolve(discharge.getPartOfFirstRep()));
        // activities: the setting, 2 DeviceRequests, 1 ServiceRequest, 1 home programme entry
        assertEquals(5, discharge.getActivity().size());
        CodeableConcept setting = discharge.getActivity().get(0).getDetail().getCode();
        // home-with-help: FHIR discharge disposition "home", NUBC status 01, careweave's own code
        assertEquals(List.of(FhirSystems.DISCHARGE_DISPOSITION + "|home", FhirSystems.NUBC_DISCHARGE + "|01",
                FhirSystems.DISCHARGE_SETTING + "|home-with-help"), codes(setting));
        DeviceRequest bench = (DeviceRequest) resolve(discharge.getActivity().get(1).getReference());
        assertEquals(List.of(FhirSystems.HCPCS + "|E0247", FhirSystems.EQUIPMENT + "|tub-bench"),
                codes(bench.getCodeCodeableConcept()));
        assertEquals(DeviceRequest.RequestIntent.PLAN, bench.getIntent());
        assertEquals("crossing the tub wall seated", bench.getReasonCodeFirstRep().getText());
        DeviceRequest reacher = (DeviceRequest) resolve(discharge.getActivity().get(2).getReference());
        assertEquals(List.of(FhirSystems.EQUIPMENT + "|reacher"), codes(reacher.getCodeCodeableConcept()),
                "a reacher has no HCPCS row: careweave's code only");
        ServiceRequest sw = (ServiceRequest) resolve(discharge.getActivity().get(3).getReference());
        assertEquals(List.of(FhirSystems.REFERRAL + "|social-work"), codes(sw.getCode()));
        assertEquals("no one can help at home", sw.getReasonCodeFirstRep().getText());
        var home = discharge.getActivity().get(4).getDetail();
        assertEquals("Walk at home twice a day", home.getDescription());
        assertEquals("Patient/P-7", home.getPerformerFirstRep().getReference());
        assertTrue(codes(home.getCode()).contains(FhirSystems.DISCIPLINE + "|pt"));
        assertEquals(2, discharge.getSupportingInfo().size(), "the precautions");
        // besides the discharge referral, the only ServiceRequest is the proposed OT referral (OT recommended)
        ServiceRequest other = (ServiceRequest) otherRequest();
        assertEquals(ServiceRequest.ServiceRequestIntent.PROPOSAL, other.getIntent());
        assertEquals(2, all(ServiceRequest.class).size());
    }

    /** The first ServiceRequest that is not a discharge referral, or null. */
    static Resource otherRequest() {
        return all(ServiceRequest.class).stream().filter(s -> s.getCode().getCoding().stream()
                .map(Coding::getSystem).noneMatch(FhirSystems.REFERRAL::equals)).findFirst().orElse(null);
    }
}
