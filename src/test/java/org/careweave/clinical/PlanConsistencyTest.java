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
        // a sentence for a biller: the condition by its number and code, no pointer or table path (the pointer is the
        // alert's ref, the table its source)
        assertEquals("Condition 1 (G12.21) is given as spinal cord injury, but ICD-10-CM G12.21 is a code for"
                + " amyotrophic lateral sclerosis (ALS), not for spinal cord injury; the plan is built for spinal cord"
                + " injury: correct the condition's category or its code", a.message());
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
    void billedCodesThePlanDoesNotNameAreFlaggedOncePerDiscipline() throws IOException {
        CarePlan plan = example("billing-service-not-in-plan");
        // 97112 on both dates: one alert naming both dates, pointing at neither service (ref null); the evaluation
        // (97161) needs no planning, 97110 and 97140 are planned, and 97016 (a vasopneumatic device) goes with the
        // planned manual therapy of the swelling (plan-exempt-codes.csv coveredBy 97140)
        List<PlanAlert> alerts = plan.alerts().stream().filter(x -> x.kind().equals("service-not-in-plan")).toList();
        assertEquals(1, alerts.size(), alerts.toString());
        PlanAlert a = alerts.get(0);
        assertNull(a.ref());
        assertEquals("warning", a.severity());
        assertTrue(a.message().startsWith("PT 97112 (Neuromuscular re-education for balance, coordination and posture)"
                + " billed on 2026-11-24 and 2026-11-26 is not among the physical therapy interventions of this plan"),
                a.message());
    }

    /**
     * The mix's heavy case {@code mix-8} (bill42): its 8 service-not-in-plan alerts, one a code, are one a discipline.
     * Worked from the case's services against its plan (the golden file before the change lists them code by code):
     * OT billed 97018 on 2026-10-31 and 2026-11-04, 97110 and 97112 on 2026-10-31, 97129 on 2026-10-31 and 2026-11-04,
     * G0283 on 2026-11-02; PT 97112 on 2026-11-02, 97129 on 2026-11-02 and 2026-11-04, 97130 on 2026-11-04, 97760 on
     * 2026-10-31 and 2026-11-04, 97763 on 2026-11-02. Each discipline's codes span three dates: no one ref.
     */
    @Test
    void theMixsHeavyCaseGetsOneNotInPlanAlertPerDiscipline() {
        org.careweave.internal.batch.CaseGenerator mix = org.careweave.internal.batch.CaseGenerator.realisticMix(20261123L);
        String json = null;
        for (int i = 0; i <= 8; i++) {
            json = mix.next("mix-" + i);
        }
        CarePlan plan = TestRules.planner().plan(CaseReader.read(json));
        List<PlanAlert> alerts = plan.alerts().stream().filter(x -> x.kind().equals("service-not-in-plan")).toList();
        assertEquals(2, alerts.size(), alerts.toString());
        assertEquals(java.util.Arrays.asList(null, null), refs(plan, "service-not-in-plan"));
        String ot = alerts.stream().map(PlanAlert::message).filter(m -> m.startsWith("OT ")).findFirst().orElseThrow();
        String pt = alerts.stream().map(PlanAlert::message).filter(m -> m.startsWith("PT ")).findFirst().orElseThrow();
        assertTrue(ot.startsWith("OT billed 5 codes that are not among the occupational therapy interventions of this"
                + " plan: 97018 (Paraffin bath) on 2026-10-31 and 2026-11-04; 97110 ("), ot);
        assertTrue(ot.contains(") on 2026-10-31; 97112 (") && ot.contains(") on 2026-10-31; 97129 (")
                && ot.contains(") on 2026-10-31 and 2026-11-04; G0283 (") && ot.contains(") on 2026-11-02. A billed"), ot);
        assertTrue(pt.startsWith("PT billed 5 codes that are not among the physical therapy interventions of this"
                + " plan: 97112 ("), pt);
        assertTrue(pt.contains(") on 2026-11-02; 97129 (") && pt.contains(") on 2026-11-02 and 2026-11-04; 97130 (")
                && pt.contains(") on 2026-11-04; 97760 (") && pt.contains(") on 2026-10-31 and 2026-11-04; 97763 (")
                && pt.endsWith(") on 2026-11-02. A billed service must be one the plan of care prescribes: add them"
                        + " to the plan of care, or check the codes"), pt);
    }

    @Test
    void aCodeBilledOnceIsFlaggedAtItsServiceAndTwiceOnOneDateAtTheDate() throws IOException {
        String json = Files.readString(TestRules.EXAMPLES.resolve("billing-service-not-in-plan.json"));
        // 97112 on the first visit only (the second visit's becomes the planned 97140): its one service is the ref
        int last = json.lastIndexOf("\"97112\"");
        CarePlan once = TestRules.planner().plan(CaseReader.read(
                json.substring(0, last) + "\"97140\"" + json.substring(last + "\"97112\"".length())));
        assertEquals(List.of("/visits/0/services/2"), refs(once, "service-not-in-plan"), once.alerts().toString());
        // both visits on one date: two services of 97112 on 2026-11-24, so the ref is that date
        CarePlan oneDate = TestRules.planner().plan(CaseReader.read(json.replace("2026-11-26", "2026-11-24")));
        assertEquals(List.of("2026-11-24"), refs(oneDate, "service-not-in-plan"), oneDate.alerts().toString());
    }

    @Test
    void moreThanThreeDatesAreSummedUpNotListed() throws IOException {
        // two more visits of 97112: four dates, said as a count and a range, so the message stays short on a long claim
        String json = Files.readString(TestRules.EXAMPLES.resolve("billing-service-not-in-plan.json"))
                .replace("\"visits\": [", "\"visits\": [ { \"date\": \"2026-11-28\", \"services\": [ { \"discipline\":"
                        + " \"pt\", \"code\": \"97112\", \"minutes\": 10 } ] }, { \"date\": \"2026-11-30\", \"services\":"
                        + " [ { \"discipline\": \"pt\", \"code\": \"97112\", \"minutes\": 10 } ] },");
        CarePlan plan = TestRules.planner().plan(CaseReader.read(json));
        PlanAlert a = plan.alerts().stream().filter(x -> x.message().startsWith("PT 97112 ")).findFirst().orElseThrow();
        // several dates: the message names them, the ref points at none of the services
        assertNull(a.ref());
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
    void aCodeBilledForAnAreaThePlanDoesNotNameItForOnTwoDatesIsOneAlertNamingBoth() throws IOException {
        // the same 97110 for strength on the first visit too: one item, two dates, so no ref; 97110 for range of
        // motion and 97760 (planned for range of motion) stay quiet
        String json = Files.readString(TestRules.EXAMPLES.resolve("billing-service-not-in-plan-for-area.json"))
                .replaceFirst("(\"code\": \"97166\",\\s*\"minutes\": 40\\s*\\})", "$1,"
                        + " { \"discipline\": \"ot\", \"code\": \"97110\", \"minutes\": 10, \"area\": \"strength\" }");
        CarePlan plan = TestRules.planner().plan(CaseReader.read(json));
        assertEquals(java.util.Collections.singletonList(null), refs(plan, "service-not-in-plan"), plan.alerts().toString());
        PlanAlert a = plan.alerts().stream().filter(x -> x.kind().equals("service-not-in-plan")).findFirst().orElseThrow();
        assertTrue(a.message().startsWith("OT 97110 (Exercise to build strength, endurance and range of motion) billed"
                + " for strength on 2026-11-20 and 2026-11-27 is not among the occupational therapy interventions for"
                + " strength"), a.message());
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
        // one alert for PT's unplanned codes: 97112 on both dates and 97763 on the second (two dates: no one ref)
        assertEquals(java.util.Collections.singletonList(null), refs(plan, "service-not-in-plan"));
        PlanAlert a = plan.alerts().stream().filter(x -> x.kind().equals("service-not-in-plan")).findFirst().orElseThrow();
        assertEquals("PT billed 2 codes that are not among the physical therapy interventions of this plan: 97112"
                + " (Neuromuscular re-education for balance, coordination and posture) on 2026-11-24 and 2026-11-26;"
                + " 97763 (Orthotic or prosthetic management and training, later encounter) on 2026-11-26. A billed"
                + " service must be one the plan of care prescribes: add them to the plan of care, or check the codes",
                a.message());
    }

    @Test
    void modalitiesAndTestsGoWithThePlannedExerciseOrManualTherapy() throws IOException {
        // ultrasound, unattended e-stim (G0283), a hot pack and a performance test beside a plan of 97110 and 97140
        CarePlan plan = example("billing-modalities-with-planned-procedures");
        assertEquals(List.of(), refs(plan, "service-not-in-plan"), plan.alerts().toString());
        // the same modality under a plan that names neither exercise nor manual therapy (walking only: 97116) is
        // flagged, so the exemption is the table's coveredBy, not a blanket one
        String json = Files.readString(TestRules.EXAMPLES.resolve("billing-modalities-with-planned-procedures.json"))
                .replaceAll("(?s)\"findings\": \\[.*?\\],\\s*\"orders\"",
                        "\"findings\": [ { \"area\": \"walk-150-feet\", \"level\": 3 } ], \"orders\"");
        CarePlan walking = TestRules.planner().plan(CaseReader.read(json));
        assertEquals(List.of("97116"), walking.interventions().stream().map(i -> i.code()).distinct().toList());
        // 97110 and the modalities, in one alert for PT (bill42: was one alert a code, the same instruction four
        // times); not the bundled hot pack (its own alert says it pays nothing), not the test 97750. 97110 on both
        // visits, the others on the first: two dates, so no one ref
        List<PlanAlert> flagged = walking.alerts().stream().filter(a -> a.kind().equals("service-not-in-plan")).toList();
        assertEquals(1, flagged.size(), walking.alerts().toString());
        assertNull(flagged.get(0).ref());
        assertEquals("PT billed 4 codes that are not among the physical therapy interventions of this plan: 97014"
                + " (Electrical stimulation, unattended) on 2026-11-16; 97035 (Ultrasound, each 15 minutes) on"
                + " 2026-11-16; 97110 (Exercise to build strength, endurance and range of motion) on 2026-11-16 and"
                + " 2026-11-23; 97140 (Manual therapy: joint mobilisation, soft-tissue work, lymph drainage) on"
                + " 2026-11-16. A billed service must be one the plan of care prescribes: add them to the plan of care,"
                + " or check the codes", flagged.get(0).message());
    }

    @Test
    void aBundledLineGetsItsBundledAlertAndNoSecondNotInPlanAlert() throws IOException {
        // Part A hip fracture, plan 97116 only: 97110 is flagged (both dates: ref null), the bundled hot pack only as
        // bundled-code
        CarePlan plan = example("billing-part-a-group-cap-hot-packs");
        assertEquals(java.util.Collections.singletonList(null), refs(plan, "service-not-in-plan"));
        assertEquals(List.of("/visits/0/services/1"), refs(plan, "bundled-code"));
        // under a payer that pays 97010 the same line is compared with the plan (no 97110 or 97140 planned: flagged)
        String json = Files.readString(TestRules.EXAMPLES.resolve("billing-part-a-group-cap-hot-packs.json"))
                .replace("\"medicare-part-a\"", "\"commercial\"");
        CarePlan commercial = TestRules.planner().plan(CaseReader.read(json));
        assertEquals(List.of(), refs(commercial, "bundled-code"));
        // one alert for PT: the hot pack on the first date beside 97110 on both (two dates: no one ref)
        assertEquals(java.util.Collections.singletonList(null), refs(commercial, "service-not-in-plan"));
        assertTrue(commercial.alerts().stream().anyMatch(a -> a.kind().equals("service-not-in-plan")
                && a.message().startsWith("PT billed 2 codes that are not among the physical therapy interventions of"
                        + " this plan: 97010 (Hot or cold packs) on 2026-03-02; 97110 (Exercise to build strength,"
                        + " endurance and range of motion) on 2026-03-02 and 2026-03-03. ")), commercial.alerts().toString());
    }

    @Test
    void aDisciplineBillingTreatmentTheyAreNotIndicatedForIsFlaggedOnce() throws IOException {
        CarePlan plan = example("billing-discipline-not-indicated");
        assertEquals(List.of("/visits/0/services/2"), refs(plan, "discipline-not-in-plan"));
        assertTrue(plan.alerts().stream().anyMatch(a -> a.kind().equals("discipline-not-in-plan")
                && a.message().startsWith("OT 97535 billed on 2026-12-01, but OT is not indicated in this plan")));
        // the OT evaluation alone is no alert: an evaluation comes before the plan it establishes
        String json = Files.readString(TestRules.EXAMPLES.resolve("billing-discipline-not-indicated.json"))
                .replace("{ \"discipline\": \"ot\", \"code\": \"97535\", \"minutes\": 30 }",
                        "{ \"discipline\": \"ot\", \"code\": \"97165\", \"minutes\": 30 }");
        assertEquals(List.of(), refs(TestRules.planner().plan(CaseReader.read(json)), "discipline-not-in-plan"));
    }

    @Test
    void aDisciplineIndicatedToEvaluateOnlyIsFlaggedForItsTreatmentNotItsEvaluation() throws IOException {
        CarePlan plan = example("billing-discipline-evaluate-only");
        List<PlanAlert> alerts = plan.alerts().stream().filter(x -> x.kind().equals("discipline-not-in-plan")).toList();
        assertEquals(1, alerts.size(), alerts.toString());
        // two dates: no one ref; the evaluation (97165) is not named, the treatment code is
        assertNull(alerts.get(0).ref());
        assertTrue(alerts.get(0).message().startsWith("OT 97535 billed on 2026-11-18 and 2026-11-20, but this plan asks"
                + " for OT to evaluate only and names no occupational therapy interventions"), alerts.get(0).message());
        assertEquals(List.of(), refs(plan, "service-not-in-plan"));
    }

    @Test
    void aCaseOfVisitsOnlyIsNotComparedWithAPlanEvenForAnUnindicatedDiscipline() throws IOException {
        // no findings: careweave has no assessment to plan from, so neither check speaks
        String json = Files.readString(TestRules.EXAMPLES.resolve("billing-discipline-not-indicated.json"))
                .replaceAll("(?s)\"findings\": \\[.*?\\],", "");
        CarePlan plan = TestRules.planner().plan(CaseReader.read(json));
        assertEquals(List.of(), refs(plan, "discipline-not-in-plan"));
        assertEquals(List.of(), refs(plan, "service-not-in-plan"));
    }

    @Test
    void codesThePlanCannotCoverStayFlagged() throws IOException {
        // biller trial 4's real catches: cognitive intervention (97129 + its add-on 97130) and orthotic training (97760)
        // under a plan that names neither; the modalities beside them stay quiet
        String json = Files.readString(TestRules.EXAMPLES.resolve("billing-modalities-with-planned-procedures.json"))
                .replace("{ \"discipline\": \"pt\", \"code\": \"97750\", \"minutes\": 30 }",
                        "{ \"discipline\": \"pt\", \"code\": \"97129\", \"minutes\": 15 }, { \"discipline\": \"pt\","
                        + " \"code\": \"97130\", \"minutes\": 15 }, { \"discipline\": \"pt\", \"code\": \"97760\","
                        + " \"minutes\": 15 }");
        CarePlan plan = TestRules.planner().plan(CaseReader.read(json));
        // one alert for the three codes, all on the second visit's date (three services: the date is the ref)
        List<PlanAlert> flagged = plan.alerts().stream().filter(a -> a.kind().equals("service-not-in-plan")).toList();
        assertEquals(1, flagged.size(), plan.alerts().toString());
        assertEquals("2026-11-23", flagged.get(0).ref());
        assertTrue(flagged.get(0).message().startsWith("PT billed 3 codes that are not among the physical therapy"
                + " interventions of this plan: 97129 (Cognitive function intervention, first 15 minutes) on 2026-11-23;"
                + " 97130 (Cognitive function intervention, each further 15 minutes) on 2026-11-23; 97760 (Orthotic"
                + " management and training, first encounter) on 2026-11-23. "), flagged.get(0).message());
    }
}
