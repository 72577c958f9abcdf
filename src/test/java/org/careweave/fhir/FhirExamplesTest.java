package org.careweave.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.careweave.TestRules;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.fhir.BundleReader;
import org.careweave.internal.fhir.BundleWriter;
import org.careweave.internal.fhir.Fhir;
import org.careweave.internal.fhir.FhirMapping;
import org.careweave.internal.fhir.FhirSystems;
import org.careweave.io.CaseReader;
import org.careweave.io.PlanWriter;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The five FHIR example bundles of {@code examples/fhir/} plan exactly as their careweave-JSON twins
 * ({@code NAME.case.json}), and the {@code --format fhir} output of each parses back through HAPI's strict parser to
 * the same text, with the elements FHIR R4 requires (and careweave promises) present.
 */
class FhirExamplesTest {

    static final Path DIR = Path.of("examples/fhir");
    static final List<String> NAMES =
            List.of("hip-replacement", "stroke", "knee-replacement-visits", "home-health", "hand");

    static FhirMapping map;

    @BeforeAll
    static void context() {
        map = FhirMapping.of(RuleSource.fromDirectory(TestRules.RULES));
        Fhir.context(); // built once for the class: it takes about a second
    }

    static Case fromBundle(String name) throws IOException {
        return BundleReader.read(Files.readString(DIR.resolve(name + ".bundle.json")), map, null, null);
    }

    static Case twin(String name) throws IOException {
        return CaseReader.read(DIR.resolve(name + ".case.json"));
    }

    @Test
    void thereAreFiveExamplesEachWithATwin() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> bundles = files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".bundle.json"))
                    .sorted().toList();
            assertEquals(NAMES.stream().map(n -> n + ".bundle.json").sorted().toList(), bundles);
        }
        for (String n : NAMES) {
            assertTrue(Files.exists(DIR.resolve(n + ".case.json")), n);
        }
    }

    @TestFactory
    Stream<DynamicTest> eachBundleReadsAsItsTwinAndPlansIdentically() {
        return NAMES.stream().map(n -> DynamicTest.dynamicTest(n, () -> {
            Case fhir = fromBundle(n);
            Case json = twin(n);
            assertEquals(json, fhir, "the bundle must read as exactly the twin case");
            assertEquals(PlanWriter.json(TestRules.planner().plan(json)), PlanWriter.json(TestRules.planner().plan(fhir)));
        }));
    }

    @TestFactory
    Stream<DynamicTest> fhirOutputRoundTripsThroughTheStrictParser() {
        return NAMES.stream().map(n -> DynamicTest.dynamicTest(n, () -> {
            Case c = twin(n);
            CarePlan plan = TestRules.planner().plan(c);
            String out = BundleWriter.json(c, plan, map);
            Bundle back = BundleReader.parse(out);
            assertEquals(out, Fhir.prettyJson().encodeResourceToString(back) + "\n", "round trip");
            assertEquals(out, BundleWriter.json(c, plan, map), "deterministic");
            checkRequiredElements(back, c, plan);
        }));
    }

    static <T extends Resource> List<T> all(Bundle b, Class<T> type) {
        return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).toList();
    }

    static void checkRequiredElements(Bundle b, Case c, CarePlan plan) {
        assertEquals(Bundle.BundleType.COLLECTION, b.getType());
        b.getEntry().forEach(e -> assertTrue(e.getFullUrl().startsWith("urn:uuid:"), "fullUrl"));
        assertEquals(b.getEntry().size(), b.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl)
                .distinct().count(), "fullUrls are unique");
        List<org.hl7.fhir.r4.model.CarePlan> carePlans = all(b, org.hl7.fhir.r4.model.CarePlan.class);
        long indicated = plan.disciplines().stream().filter(d -> d.indicated()).count();
        assertEquals(indicated + 1 + (plan.discharge() != null ? 1 : 0), carePlans.size(),
                "a CarePlan per indicated discipline, the coordinating one and the discharge plan");
        for (var cp : carePlans) {
            assertNotNull(cp.getStatus());
            assertNotNull(cp.getIntent());
            assertTrue(cp.getSubject().hasReference(), "CarePlan.subject");
            assertTrue(cp.getPeriod().hasStart(), "CarePlan.period");
            assertEquals(c.conditions().size(), cp.getAddresses().size(), "CarePlan.addresses -> Conditions");
        }
        var coordinating = carePlans.stream().filter(cp -> !cp.hasPartOf()).toList();
        assertEquals(1, coordinating.size());
        assertEquals(plan.problems().size(), coordinating.get(0).getActivity().size(), "one activity per problem");
        assertEquals(plan.goals().size(), coordinating.get(0).getGoal().size());
        // every urn:uuid reference points at an entry of the same bundle
        java.util.Set<String> fullUrls = b.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl)
                .collect(java.util.stream.Collectors.toSet());
        java.util.regex.Matcher refs = java.util.regex.Pattern.compile("\"reference\": ?\"(urn:uuid:[^\"]+)\"")
                .matcher(Fhir.prettyJson().encodeResourceToString(b));
        while (refs.find()) {
            assertTrue(fullUrls.contains(refs.group(1)), "dangling reference " + refs.group(1));
        }
        List<Goal> goals = all(b, Goal.class);
        assertEquals(plan.goals().size(), goals.size());
        for (Goal g : goals) {
            assertNotNull(g.getLifecycleStatus());
            assertTrue(g.getDescription().hasText());
            assertTrue(g.getSubject().hasReference());
            assertTrue(g.getTargetFirstRep().getMeasure().hasCoding(), "Goal.target.measure");
        }
        List<ServiceRequest> requests = all(b, ServiceRequest.class);
        long planned = plan.interventions().stream()
                .filter(i -> plan.discipline(i.discipline()).indicated()).count()
                + plan.disciplines().stream().filter(d -> "recommended".equals(d.referral())).count()
                + (plan.discharge() == null ? 0 : plan.discharge().referrals().size());
        assertEquals(planned, requests.size());
        for (ServiceRequest sr : requests) {
            assertNotNull(sr.getStatus());
            assertNotNull(sr.getIntent());
            assertTrue(sr.getSubject().hasReference());
            if (sr.getIntent() == ServiceRequest.ServiceRequestIntent.PROPOSAL) {
                assertEquals(FhirSystems.SNOMED, sr.getCode().getCodingFirstRep().getSystem(), "a referral");
                continue;
            }
            if (sr.getCode().getCoding().stream().anyMatch(k -> FhirSystems.REFERRAL.equals(k.getSystem()))) {
                continue; // a discharge referral (FhirPlanWriterV2Test)
            }
            assertEquals(FhirSystems.CPT, sr.getCode().getCodingFirstRep().getSystem());
            assertTrue(sr.hasOccurrenceTiming(), "ServiceRequest.occurrenceTiming");
        }
        List<DetectedIssue> issues = all(b, DetectedIssue.class);
        assertEquals(plan.alerts().size(), issues.size(), "one DetectedIssue per alert");
        issues.forEach(i -> {
            assertNotNull(i.getStatus());
            assertTrue(i.getCode().hasCoding());
            assertTrue(i.hasDetail());
        });
        List<Provenance> provenance = all(b, Provenance.class);
        assertFalse(provenance.isEmpty());
        for (Provenance p : provenance) {
            assertTrue(p.hasTarget() && p.hasRecorded() && p.getAgentFirstRep().hasWho(), "Provenance required");
            assertEquals(FhirSystems.RULE, p.getActivity().getCodingFirstRep().getSystem(), "the rule");
            assertEquals(Provenance.ProvenanceEntityRole.SOURCE, p.getEntityFirstRep().getRole(), "the rule's source");
        }
        long billed = plan.claims().stream().flatMap(d -> d.lines().stream()).filter(l -> l.units() > 0).count();
        List<Claim> claims = all(b, Claim.class);
        assertEquals(billed > 0 ? 1 : 0, claims.size());
        for (Claim claim : claims) {
            assertNotNull(claim.getStatus());
            assertNotNull(claim.getUse());
            assertTrue(claim.getType().hasCoding() && claim.getPatient().hasReference() && claim.hasCreated()
                    && claim.hasProvider() && claim.getPriority().hasCoding(), "Claim required elements");
            assertTrue(claim.getInsuranceFirstRep().getCoverage().hasReference(), "Claim.insurance.coverage");
            assertEquals(billed, claim.getItem().size());
            List<org.careweave.plan.ClaimLine> lines = plan.claims().stream().flatMap(d -> d.lines().stream())
                    .filter(l -> l.units() > 0).toList();
            for (int i = 0; i < lines.size(); i++) {
                Claim.ItemComponent item = claim.getItem().get(i);
                org.careweave.plan.ClaimLine line = lines.get(i);
                assertTrue(item.getProductOrService().hasCoding() && item.hasServicedDateType()
                        && item.getQuantity().hasValue(), "Claim.item");
                assertEquals(line.code(), item.getProductOrService().getCodingFirstRep().getCode());
                assertEquals(line.units(), item.getQuantity().getValue().intValue());
                assertEquals(line.modifiers(), item.getModifier().stream().map(m -> m.getCodingFirstRep().getCode()).toList());
                assertEquals(line.revenueCode() != null, item.hasRevenue());
                assertFalse(item.getDiagnosisSequence().isEmpty() && !claim.getDiagnosis().isEmpty());
            }
        }
    }

    @Test
    void kneeClaimCarriesTheBilledLinesWithUnitsAndModifiers() throws IOException {
        // examples/fhir/knee-replacement-visits: 2026-11-17 PT 97110 25 min + PT 97116 15 min by the assistant =
        // 40 timed minutes = 3 units under the 8-minute rule (CMS Pub 100-04 ch.5 §20.2: 38-52 minutes), 2 + 1;
        // allowed PT/SLP $2,450 already, so every PT line is past the $2,480 (2026) threshold and carries KX.
        // OT's co-treatment line on 2026-11-19 is split to 0 units and is therefore not on the claim.
        Case c = twin("knee-replacement-visits");
        Bundle b = BundleWriter.bundle(c, TestRules.planner().plan(c), map);
        Claim claim = all(b, Claim.class).get(0);
        assertEquals(5, claim.getItem().size());
        Claim.ItemComponent first = claim.getItemFirstRep();
        assertEquals("97110", first.getProductOrService().getCodingFirstRep().getCode());
        assertEquals(2, first.getQuantity().getValue().intValue());
        assertEquals("2026-11-17", first.getServicedDateType().getValueAsString());
        assertEquals(List.of("GP", "KX"), first.getModifier().stream().map(m -> m.getCodingFirstRep().getCode()).toList());
        Claim.ItemComponent assistant = claim.getItem().get(1);
        assertEquals("97116", assistant.getProductOrService().getCodingFirstRep().getCode());
        assertTrue(assistant.getModifier().stream().anyMatch(m -> m.getCodingFirstRep().getCode().equals("CQ")));
        assertEquals(List.of("Z96.651", "M17.12"), claim.getDiagnosis().stream()
                .map(d -> d.getDiagnosisCodeableConcept().getCodingFirstRep().getCode()).toList());
    }

    @Test
    void homeHealthVisitIsAnInstitutionalClaimItemWithItsRevenueCode() throws IOException {
        // examples/fhir/home-health: one 40-minute PT home visit under Medicare Part A home health is reported as
        // G0151 (HCPCS) in 15-minute increments, 3 (CMS Pub 100-04 ch.10 §40.2), on revenue code 0420 (NUBC: PT)
        // of an institutional claim.
        Case c = twin("home-health");
        Bundle b = BundleWriter.bundle(c, TestRules.planner().plan(c), map);
        Claim claim = all(b, Claim.class).get(0);
        assertEquals("institutional", claim.getType().getCodingFirstRep().getCode());
        Claim.ItemComponent item = claim.getItemFirstRep();
        assertEquals(FhirSystems.HCPCS, item.getProductOrService().getCodingFirstRep().getSystem());
        assertEquals("G0151", item.getProductOrService().getCodingFirstRep().getCode());
        assertEquals(3, item.getQuantity().getValue().intValue());
        assertEquals("0420", item.getRevenue().getCodingFirstRep().getCode());
    }

    @Test
    void aSectionGgGoalTargetsItsLoincItem() throws IOException {
        // The hip example's walking goal: CMS GG0170K Walk 150 feet is LOINC 83200-6 (PACIO Functional Status IG).
        Case c = twin("hip-replacement");
        Bundle b = BundleWriter.bundle(c, TestRules.planner().plan(c), map);
        Goal walk = all(b, Goal.class).stream()
                .filter(g -> g.getTargetFirstRep().getMeasure().getText().equals("walk-150-feet")).findFirst().orElseThrow();
        assertEquals("83200-6", walk.getTargetFirstRep().getMeasure().getCodingFirstRep().getCode());
        assertEquals(FhirSystems.LOINC, walk.getTargetFirstRep().getMeasure().getCodingFirstRep().getSystem());
    }
}
