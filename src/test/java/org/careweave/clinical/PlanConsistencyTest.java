package org.careweave.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.careweave.TestRules;
import org.careweave.fact.Icd10Category;
import org.careweave.fact.Tables;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.fhir.BundleReader;
import org.careweave.internal.fhir.FhirMapping;
import org.careweave.io.CaseReader;
import org.careweave.plan.CarePlan;
import org.careweave.plan.PlanAlert;
import org.junit.jupiter.api.Test;

/**
 * The plan checked against its own input and claim (therapist and biller trial 3): a condition's ICD-10-CM code that
 * belongs to another category than the one given ({@code condition-code-mismatch}, rules/needs/condition-codes.drl)
 * and a billed code the discipline's plan does not name ({@code service-not-in-plan}, rules/billing/plan-of-care.drl).
 * Each flagged case has a twin that must stay silent, so every assertion could fail either way.
 */
class PlanConsistencyTest {

    private static CarePlan example(String name) throws IOException {
        return TestRules.planner().plan(CaseReader.read(Files.readString(TestRules.EXAMPLES.resolve(name + ".json"))));
    }

    /** The refs of the plan's alerts of one kind, in plan order. */
    private static List<String> refs(CarePlan plan, String kind) {
        return plan.alerts().stream().filter(a -> a.kind().equals(kind)).map(PlanAlert::ref).toList();
    }

    private static CarePlan condition(String code, String category) {
        return Cases.plan("{ \"code\": \"" + code + "\", \"category\": \"" + category + "\" }",
                "{ \"area\": \"walk-150-feet\", \"level\": 4 }");
    }

    @Test
    void anAlsCodeGivenAsSpinalCordInjuryIsFlaggedByPointerAndBothLabels() throws IOException {
        CarePlan plan = example("condition-code-contradicts-category");
        // the second condition, a hip prosthesis under hip-fracture, is a category its code also fits
        assertEquals(List.of("/conditions/0"), refs(plan, "condition-code-mismatch"));
        PlanAlert a = plan.alerts().stream().filter(x -> x.kind().equals("condition-code-mismatch")).findFirst()
                .orElseThrow();
        assertEquals("warning", a.severity());
        assertEquals("/conditions/0: given as spinal cord injury, but its ICD-10-CM code G12.21 belongs to amyotrophic"
                + " lateral sclerosis (ALS) (tables/fhir-icd10-categories.csv), never to spinal cord injury; the plan is"
                + " built for spinal cord injury: correct the category or the code", a.message());
    }

    @Test
    void aGuillainBarreCodeGivenAsDeconditioningIsFlaggedAndItsOwnCategoryIsNot() {
        assertEquals(List.of("/conditions/0"), refs(condition("G61.0", "deconditioning"), "condition-code-mismatch"));
        assertEquals(List.of(), refs(condition("G61.0", "guillain-barre"), "condition-code-mismatch"));
    }

    @Test
    void codesThatAlsoFitTheirGivenCategoryAreNotFlagged() throws IOException {
        // a hip fracture's S72.0 under hip-fracture (a more specific row), knee osteoarthritis on a knee replacement,
        // an ankle fracture after a fall, and an external-cause code the table has no row for
        assertEquals(List.of(), refs(example("condition-code-fits-several-categories"), "condition-code-mismatch"));
    }

    @Test
    void theSpecificRowDoesNotWidenTheRestOfItsChapter() {
        // S72.0-S72.2 are hip fractures; a femoral shaft fracture (S72.3) is not, so hip-fracture is flagged there
        assertEquals(List.of(), refs(condition("S72.001A", "hip-fracture"), "condition-code-mismatch"));
        assertEquals(List.of("/conditions/0"), refs(condition("S72.301A", "hip-fracture"), "condition-code-mismatch"));
        // and the chapter-wide row's own alsoFits still holds under the specific one
        assertEquals(List.of(), refs(condition("S72.001A", "fall"), "condition-code-mismatch"));
    }

    @Test
    void aCodeTheTableHasNoRowForIsNeverFlagged() {
        assertEquals(List.of(), refs(condition("W19.XXXD", "stroke"), "condition-code-mismatch"));
    }

    @Test
    void theIndexGivesTheLongestPrefixFirst() {
        Icd10Category chapter = new Icd10Category("S72", "fracture", List.of("fall"), "s");
        Icd10Category hip = new Icd10Category("S72.0", "fracture", List.of("hip-fracture"), "s");
        Icd10Category other = new Icd10Category("S82", "fracture", null, "s");
        Tables tables = Tables.of(List.of(chapter, other, hip));
        assertEquals(List.of(hip, chapter), tables.icd10Rows("S72.001A"));
        assertEquals(hip, tables.icd10Category("S72.001A"));
        assertEquals(chapter, tables.icd10Category("S72.301A"));
        assertNull(tables.icd10Category("W19.XXXD"));
        assertEquals(List.of(), tables.icd10Rows(null));
        assertEquals(List.of(), other.alsoFits());
    }

    @Test
    void aFhirConditionWithACodeAndAnotherCategoryIsFlaggedToo() {
        FhirMapping map = FhirMapping.of(RuleSource.fromDirectory(TestRules.RULES));
        String bundle = "{\"resourceType\":\"Bundle\",\"id\":\"t-1\",\"type\":\"collection\","
                + "\"timestamp\":\"2026-11-20T08:00:00-05:00\",\"entry\":["
                + "{\"resource\":{\"resourceType\":\"Encounter\",\"id\":\"e1\",\"status\":\"in-progress\","
                + "\"class\":{\"system\":\"http://terminology.hl7.org/CodeSystem/v3-ActCode\",\"code\":\"AMB\"}}},"
                + "{\"resource\":{\"resourceType\":\"Condition\",\"id\":\"c1\",\"code\":{\"coding\":["
                + "{\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\",\"code\":\"G12.21\"},"
                + "{\"system\":\"http://careweave.org/fhir/CodeSystem/condition-category\",\"code\":\"spinal-cord-injury\"}"
                + "]}}}]}";
        CarePlan plan = TestRules.planner().plan(BundleReader.read(bundle, map, null, null));
        assertEquals(List.of("/conditions/0"), refs(plan, "condition-code-mismatch"));
        // with the ICD-10-CM code alone the reader maps it to its own category: nothing to flag
        CarePlan mapped = TestRules.planner().plan(BundleReader.read(bundle.replace(",{\"system\":\"http://careweave.org"
                + "/fhir/CodeSystem/condition-category\",\"code\":\"spinal-cord-injury\"}", ""), map, null, null));
        assertEquals(List.of(), refs(mapped, "condition-code-mismatch"));
    }

    @Test
    void billedCodesThePlanDoesNotNameAreFlaggedOncePerDisciplineAndCode() throws IOException {
        CarePlan plan = example("billing-service-not-in-plan");
        // 97112 on both dates (one alert at its first service, naming both dates) and 97016; the evaluation (97161)
        // needs no planning, 97110 and 97140 are planned
        assertEquals(List.of("/visits/0/services/2", "/visits/1/services/2"), refs(plan, "service-not-in-plan"));
        PlanAlert a = plan.alerts().stream().filter(x -> x.ref().equals("/visits/0/services/2")).findFirst().orElseThrow();
        assertEquals("warning", a.severity());
        assertTrue(a.message().startsWith("PT 97112 (Neuromuscular re-education for balance, coordination and posture)"
                + " billed on 2026-11-24, 2026-11-26 is not among the physical therapy interventions of this plan"),
                a.message());
    }

    @Test
    void moreThanThreeDatesAreSummedUpNotListed() throws IOException {
        // two more visits of 97112: four dates, said as a count and a range, so the message stays short on a long claim
        String json = Files.readString(TestRules.EXAMPLES.resolve("billing-service-not-in-plan.json"))
                .replace("\"visits\": [", "\"visits\": [ { \"date\": \"2026-11-28\", \"services\": [ { \"discipline\":"
                        + " \"pt\", \"code\": \"97112\", \"minutes\": 10 } ] }, { \"date\": \"2026-11-30\", \"services\":"
                        + " [ { \"discipline\": \"pt\", \"code\": \"97112\", \"minutes\": 10 } ] },");
        CarePlan plan = TestRules.planner().plan(CaseReader.read(json));
        // the first 97112 is now the first visit's (2026-11-28 is listed first in the case)
        PlanAlert a = plan.alerts().stream().filter(x -> x.message().startsWith("PT 97112 ")).findFirst().orElseThrow();
        assertEquals("/visits/0/services/0", a.ref());
        assertTrue(a.message().contains(" billed on 4 dates from 2026-11-24 to 2026-11-30 is not among"), a.message());
    }

    @Test
    void aCodePlannedForOtherAreasOnlyIsFlaggedForTheAreaTheServiceNames() throws IOException {
        CarePlan plan = example("billing-service-not-in-plan-for-area");
        // 97110 for strength of a non-weight-bearing hand, withheld there; 97110 for range of motion is planned,
        // 97763 is covered by the planned 97760, the evaluation needs no planning
        assertEquals(List.of("/visits/1/services/2"), refs(plan, "service-not-in-plan"));
        PlanAlert a = plan.alerts().stream().filter(x -> x.kind().equals("service-not-in-plan")).findFirst().orElseThrow();
        assertTrue(a.message().startsWith("OT 97110 (Exercise to build strength, endurance and range of motion) billed"
                + " for strength on 2026-11-27 is not among the occupational therapy interventions for strength"),
                a.message());
    }

    @Test
    void aCaseOfVisitsOnlyHasNoPlanToCompareWith() throws IOException {
        CarePlan plan = example("billing-reevaluation-without-reason");
        assertEquals(List.of(), plan.interventions());
        assertEquals(List.of(), refs(plan, "service-not-in-plan"));
    }

    @Test
    void anAddOnCodeIsPlannedWithItsPrimaryCodeOnly() throws IOException {
        // 97763 (a later orthotic encounter) is covered by a planned 97760; without 97760 in the plan it is flagged
        String json = Files.readString(TestRules.EXAMPLES.resolve("billing-service-not-in-plan.json"))
                .replace("\"97016\"", "\"97763\"");
        CarePlan plan = TestRules.planner().plan(CaseReader.read(json));
        assertEquals(List.of("/visits/0/services/2", "/visits/1/services/2"), refs(plan, "service-not-in-plan"));
        assertTrue(plan.alerts().stream().anyMatch(a -> a.message().startsWith("PT 97763 ")), plan.alerts().toString());
    }
}
