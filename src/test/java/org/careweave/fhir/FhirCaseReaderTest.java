package org.careweave.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.careweave.FhirInputException;
import org.careweave.TestRules;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.fhir.BundleReader;
import org.careweave.internal.fhir.FhirMapping;
import org.careweave.model.Case;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the reader makes of single resources, and how it reports what it cannot map. */
class FhirCaseReaderTest {

    static FhirMapping map;

    @BeforeAll
    static void load() {
        map = FhirMapping.of(RuleSource.fromDirectory(TestRules.RULES));
    }

    static String bundle(String... resources) {
        StringBuilder b = new StringBuilder("{\"resourceType\":\"Bundle\",\"id\":\"t-1\",\"type\":\"collection\","
                + "\"timestamp\":\"2026-11-20T08:00:00-05:00\",\"entry\":[");
        b.append("{\"resource\":{\"resourceType\":\"Encounter\",\"id\":\"e1\",\"status\":\"in-progress\","
                + "\"class\":{\"system\":\"http://terminology.hl7.org/CodeSystem/v3-ActCode\",\"code\":\"AMB\"}}}");
        for (String r : resources) {
            b.append(",{\"resource\":").append(r).append('}');
        }
        return b.append("]}").toString();
    }

    static Case read(String... resources) {
        return BundleReader.read(bundle(resources), map, null, null);
    }

    /**
     * Trial 4: a femoral neck, pertrochanteric or subtrochanteric fracture (S72.0-S72.2) is a hip fracture, whose
     * rules (usual course, lead, precautions) a FHIR case must reach; the rest of S72 stays a fracture; a shoulder
     * replacement (Z96.61) and other orthopaedic aftercare (Z47.89) have rows, where they used to be reported as
     * unmappable.
     */
    @Test
    void hipFractureShoulderReplacementAndOrthopaedicAftercareMapToTheirCategories() {
        assertEquals("hip-fracture", map.categoryOfIcd10("S72.001A").orElseThrow());
        assertEquals("hip-fracture", map.categoryOfIcd10("S72.141D").orElseThrow());
        assertEquals("hip-fracture", map.categoryOfIcd10("S72.21XA").orElseThrow());
        assertEquals("fracture", map.categoryOfIcd10("S72.301A").orElseThrow());
        assertEquals("joint-replacement", map.categoryOfIcd10("Z96.611").orElseThrow());
        assertEquals("orthopedic-surgery", map.categoryOfIcd10("Z47.89").orElseThrow());
        assertTrue(map.categoryOfIcd10("Z96.69").isEmpty(), "Z96.69 (other orthopaedic joint implants) is no row");
    }

    /** Two bundles in one file: careweave's words and the position, not HAPI's quoting Jackson's. */
    @Test
    void trialSixCodesMapToTheirOwnCategoriesNotChronicPainOrCognitiveImpairment() {
        // trial 6 finding 7: each code from the ICD-10-CM Tabular List, its category from the guideline that treats it
        assertEquals("tendinopathy", map.categoryOfIcd10("M77.12").orElseThrow()); // lateral epicondylitis, left elbow
        assertEquals("tendinopathy", map.categoryOfIcd10("M77.01").orElseThrow()); // medial epicondylitis
        assertEquals("heel-pain", map.categoryOfIcd10("M72.2").orElseThrow());     // plantar fasciitis
        assertEquals("heel-pain", map.categoryOfIcd10("M77.31").orElseThrow());    // calcaneal spur, right foot
        assertEquals("neck-pain", map.categoryOfIcd10("M54.2").orElseThrow());     // cervicalgia
        assertEquals("neck-pain", map.categoryOfIcd10("M54.12").orElseThrow());    // cervical radiculopathy
        assertEquals("neck-pain", map.categoryOfIcd10("M50.121").orElseThrow());   // C4-C5 disc with radiculopathy
        assertEquals("low-back-pain", map.categoryOfIcd10("M54.16").orElseThrow()); // lumbar radiculopathy
        assertEquals("low-back-pain", map.categoryOfIcd10("M54.50").orElseThrow()); // the M54.5 row still wins
        assertEquals("traumatic-brain-injury", map.categoryOfIcd10("S06.2X1A").orElseThrow());
        assertEquals("traumatic-brain-injury", map.categoryOfIcd10("S06.5X0A").orElseThrow());
        assertEquals("vestibular", map.categoryOfIcd10("S06.0X0A").orElseThrow(), "a concussion stays vestibular");
        assertEquals("hand-injury", map.categoryOfIcd10("M65.4").orElseThrow()); // De Quervain's: hand therapy
        assertEquals("arthritis", map.categoryOfIcd10("M08.062").orElseThrow()); // juvenile arthritis, left knee
        assertTrue(map.categoryOfIcd10("M54.9").isEmpty(), "dorsalgia, unspecified: no region, no row");
    }

    @Test
    void twoBundlesInOneFileAreRefusedInCareweavesWords() {
        String one = bundle();
        org.careweave.FhirInputException e = assertThrows(org.careweave.FhirInputException.class,
                () -> BundleReader.read(one + one, map, null, null));
        assertEquals(List.of("Bundle: malformed JSON at line 1, column " + (one.length() + 1)
                + ": more after the first JSON value; one case per file (per batch line)"),
                e.problems().stream().map(Object::toString).toList());
    }

    /** The contract's caseId limit holds for a bundle's identifier too, named by FHIRPath, not repeated. */
    @Test
    void aBundleIdentifierLongerThanACaseIdIsRefused() {
        String json = bundle().replace("\"id\":\"t-1\",", "\"id\":\"t-1\",\"identifier\":{\"value\":\""
                + "i".repeat(129) + "\"},");
        org.careweave.FhirInputException e = assertThrows(org.careweave.FhirInputException.class,
                () -> BundleReader.read(json, map, null, null));
        assertEquals(List.of("Bundle.identifier.value: the case id must be at most 128 characters"),
                e.problems().stream().map(Object::toString).toList());
        assertEquals("i".repeat(128), BundleReader.read(json.replace("i".repeat(129), "i".repeat(128)), map, null, null)
                .caseId());
    }

    @Test
    void gradesAnswersScoresAndPresence() {
        Case c = read(
                "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":"
                        + "\"http://loinc.org\",\"code\":\"83222-0\"}]},\"valueCodeableConcept\":{\"coding\":[{\"system\":"
                        + "\"http://loinc.org\",\"code\":\"LA11759-0\"}]}}",
                "{\"resourceType\":\"Observation\",\"id\":\"o2\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":"
                        + "\"http://loinc.org\",\"code\":\"83200-6\"}]},\"valueCodeableConcept\":{\"coding\":[{\"system\":"
                        + "\"http://careweave.org/fhir/CodeSystem/cms-gg-answer\",\"code\":\"04\"}]}}",
                "{\"resourceType\":\"Observation\",\"id\":\"o3\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":"
                        + "\"http://loinc.org\",\"code\":\"72514-3\"}]},\"valueInteger\":7}",
                "{\"resourceType\":\"Observation\",\"id\":\"o4\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":"
                        + "\"http://careweave.org/fhir/CodeSystem/finding-area\",\"code\":\"fine-motor\"}]}}");
        assertEquals("t-1", c.caseId());
        assertEquals(LocalDate.of(2026, 11, 20), c.asOf());
        assertEquals("outpatient", c.setting());
        // LA11759-0 is "Substantial/maximal assistance" = GG 02; CMS value 04 = supervision or touching = level 4
        assertEquals("lower-body-dressing", c.findings().get(0).area());
        assertEquals(2, c.findings().get(0).level());
        assertEquals(4, c.findings().get(1).level());
        assertEquals(7.0, c.findings().get(2).score());
        assertEquals("fine-motor", c.findings().get(3).area());
        assertFalse(c.findings().get(3).hasScore());
    }

    @Test
    void contractV2FindingFieldsComeFromAnswerBodySiteStatusAndExtension() {
        Case c = read(
                "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":"
                        + "\"http://loinc.org\",\"code\":\"83194-1\"}]},\"valueCodeableConcept\":{\"coding\":[{\"system\":"
                        + "\"http://loinc.org\",\"code\":\"LA26735-3\"}]},\"extension\":[{\"url\":"
                        + "\"http://careweave.org/fhir/StructureDefinition/prior-level\",\"valueInteger\":6}]}",
                "{\"resourceType\":\"Observation\",\"id\":\"o2\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":"
                        + "\"http://loinc.org\",\"code\":\"72514-3\"}]},\"valueInteger\":6,\"bodySite\":{\"coding\":["
                        + "{\"system\":\"http://snomed.info/sct\",\"code\":\"85562004\"},{\"system\":"
                        + "\"http://snomed.info/sct\",\"code\":\"7771000\"}]}}",
                "{\"resourceType\":\"Observation\",\"id\":\"o3\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":"
                        + "\"http://careweave.org/fhir/CodeSystem/finding-area\",\"code\":\"cognition\"}]},"
                        + "\"dataAbsentReason\":{\"coding\":[{\"system\":"
                        + "\"http://terminology.hl7.org/CodeSystem/data-absent-reason\",\"code\":\"not-performed\"}]}}");
        // LA26735-3: not attempted due to medical condition or safety concerns = CMS 88 = medical-safety
        assertEquals("medical-safety", c.findings().get(0).notAttempted());
        assertEquals(6, c.findings().get(0).priorLevel());
        assertEquals(null, c.findings().get(0).level());
        // 85562004 hand structure + 7771000 left
        assertEquals("hand", c.findings().get(1).region());
        assertEquals("left", c.findings().get(1).side());
        assertEquals("not-assessed", c.findings().get(2).status());
    }

    @Test
    void procedureTimesGiveDateStartMinutesDisciplineAndAssistant() {
        Case c = read("{\"resourceType\":\"Procedure\",\"id\":\"p1\",\"status\":\"completed\",\"code\":{\"coding\":"
                + "[{\"system\":\"http://www.ama-assn.org/go/cpt\",\"code\":\"97110\"}]},\"subject\":{\"reference\":"
                + "\"Patient/x\"},\"performedPeriod\":{\"start\":\"2026-11-18T23:50:00-05:00\",\"end\":"
                + "\"2026-11-19T00:28:00-05:00\"},\"performer\":[{\"function\":{\"coding\":[{\"system\":"
                + "\"http://nucc.org/provider-taxonomy\",\"code\":\"225200000X\"}]},\"actor\":{\"reference\":"
                + "\"Practitioner/a\"}}],\"extension\":[{\"url\":\"http://careweave.org/fhir/StructureDefinition/"
                + "patients-in-session\",\"valueInteger\":2}]}",
                "{\"resourceType\":\"Patient\",\"id\":\"x\"}"); // the patient its subject names (trial42 #3)
        var visit = c.visits().get(0);
        // The date is the calendar day as written at the start, not shifted by time zone; 23:50 -> 00:28 is 38 min.
        assertEquals(LocalDate.of(2026, 11, 18), visit.date());
        var s = visit.services().get(0);
        assertEquals("pt", s.discipline());
        assertTrue(s.byAssistant(), "NUCC 225200000X is a physical therapy assistant");
        assertEquals(38, s.minutes());
        assertEquals("23:50", s.start().toString());
        assertEquals(2, s.patientsInSession());
    }

    @Test
    void everyUnmappableThingIsReportedWithResourceAndFhirPathAndNoPersonalValue() {
        FhirInputException e = assertThrows(FhirInputException.class, () -> read(
                "{\"resourceType\":\"Patient\",\"id\":\"pat\",\"birthDate\":\"1944-02-29\"}",
                "{\"resourceType\":\"Condition\",\"id\":\"c9\",\"subject\":{\"reference\":\"Patient/pat\"},\"code\":"
                        + "{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\",\"code\":\"A01.1\"}]}}",
                "{\"resourceType\":\"Observation\",\"id\":\"o7\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":"
                        + "\"http://loinc.org\",\"code\":\"8867-4\"}]}}",
                "{\"resourceType\":\"MedicationRequest\",\"id\":\"m1\",\"status\":\"active\",\"intent\":\"order\","
                        + "\"subject\":{\"reference\":\"Patient/pat\"},\"medicationCodeableConcept\":{\"text\":\"x\"}}",
                "{\"resourceType\":\"Procedure\",\"id\":\"p2\",\"status\":\"completed\",\"subject\":{\"reference\":"
                        + "\"Patient/pat\"},\"code\":{\"coding\":[{\"system\":\"http://www.ama-assn.org/go/cpt\",\"code\":"
                        + "\"97110\"}]},\"performedDateTime\":\"2026-11-18\",\"performer\":[{\"function\":{\"coding\":[{"
                        + "\"system\":\"http://nucc.org/provider-taxonomy\",\"code\":\"225100000X\"}]},\"actor\":{"
                        + "\"reference\":\"Practitioner/a\"}}]}"));
        List<String> got = e.problems().stream().map(p -> p.resource() + " " + p.entry() + " " + p.path()).toList();
        assertEquals(List.of(
                "Condition/c9 Bundle.entry[2] Condition.code",
                "Observation/o7 Bundle.entry[3] Observation.code",
                "MedicationRequest/m1 Bundle.entry[4] MedicationRequest",
                "Procedure/p2 Bundle.entry[5] Procedure.performed"), got);
        assertTrue(e.getMessage().contains("LOINC 8867-4 is not in rules/tables/fhir-loinc-areas.csv"));
        assertFalse(e.getMessage().contains("A01.1"), "a diagnosis is never echoed");
        assertFalse(e.getMessage().contains("1944"), "a birth date is never echoed");
        assertEquals("Bundle.entry[2].resource.code", e.pointer());
    }

    /**
     * Another patient's data is not planned as this patient's (hostile-user trial: every reference pointing to
     * another patient planned, exit 0): each entry's subject (Coverage: beneficiary) must be the bundle's Patient,
     * by Patient/id, an absolute URL ending so or its fullUrl; neither id is repeated, nor is the Patient's id in
     * the resource label.
     */
    @Test
    void anEntryAboutAnotherPatientIsRefusedAtItsSubject() {
        String pat = "{\"resourceType\":\"Patient\",\"id\":\"pat-7\",\"birthDate\":\"1950-01-01\"}";
        String finding = "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\",\"subject\":"
                + "{\"reference\":\"%s\"},\"code\":{\"coding\":[{\"system\":"
                + "\"http://careweave.org/fhir/CodeSystem/finding-area\",\"code\":\"fine-motor\"}]}}";
        FhirInputException e = assertThrows(FhirInputException.class,
                () -> read(pat, String.format(finding, "Patient/other-5")));
        assertEquals(List.of("Observation/o1 Bundle.entry[2] Observation.subject"),
                e.problems().stream().map(p -> p.resource() + " " + p.entry() + " " + p.path()).toList());
        assertTrue(e.getMessage().contains("a patient other than the bundle's Patient"), e.getMessage());
        assertFalse(e.getMessage().contains("other-5"), "the other patient's id is not repeated");
        assertFalse(e.getMessage().contains("pat-7"), "the patient's id is not repeated");
        // the same patient, relatively or absolutely, is read
        assertEquals(1, read(pat, String.format(finding, "Patient/pat-7")).findings().size());
        assertEquals(1, read(pat, String.format(finding, "https://ehr.example/fhir/Patient/pat-7")).findings().size());
        // without a Patient entry the entries must agree among themselves
        assertThrows(FhirInputException.class, () -> read(String.format(finding, "Patient/a"),
                String.format(finding, "Patient/b").replace("\"o1\"", "\"o2\"")));
    }

    @Test
    void aBundleBrokenEverywhereListsTwentyProblemsAndCountsTheRest() {
        String[] bad = new String[25];
        for (int i = 0; i < bad.length; i++) {
            bad[i] = "{\"resourceType\":\"Observation\",\"id\":\"o" + i + "\",\"status\":\"final\",\"code\":{\"text\":\"x\"}}";
        }
        FhirInputException e = assertThrows(FhirInputException.class, () -> read(bad));
        assertEquals(25, e.problems().size());
        String[] lines = e.getMessage().split("\n");
        assertEquals(1 + 20 + 1, lines.length, e.getMessage());
        assertEquals("  ... and 5 more", lines[21]);
        assertTrue(lines[20].startsWith("  Observation/o19 (Bundle.entry[20])"), lines[20]);
    }

    @Test
    void malformedJsonAndUnknownElementsAreErrorsNotSkipped() {
        FhirInputException bad = assertThrows(FhirInputException.class,
                () -> BundleReader.read("{\"resourceType\":\"Bundle\",", map, null, null));
        assertTrue(bad.getMessage().contains("Bundle: malformed JSON at line 1, column 26: the text "
                + "ends before the case does"), bad.getMessage());
        FhirInputException unknown = assertThrows(FhirInputException.class, () -> read(
                "{\"resourceType\":\"Patient\",\"id\":\"p\",\"birthdate\":\"1944-02-29\"}"));
        assertTrue(unknown.getMessage().contains("birthdate"), unknown.getMessage());
        assertFalse(unknown.getMessage().contains("1944"), unknown.getMessage());
        FhirInputException badDate = assertThrows(FhirInputException.class, () -> read(
                "{\"resourceType\":\"Patient\",\"id\":\"p\",\"birthDate\":\"1944-13-45\"}"));
        assertFalse(badDate.getMessage().contains("1944"), badDate.getMessage());
    }

    @Test
    void medicareWithoutItsPartIsAskedForNotGuessed() {
        FhirInputException e = assertThrows(FhirInputException.class, () -> read(
                "{\"resourceType\":\"Coverage\",\"id\":\"cov\",\"status\":\"active\",\"type\":{\"coding\":[{\"system\":"
                        + "\"https://nahdo.org/sopt\",\"code\":\"1\"}]},\"beneficiary\":{\"reference\":\"Patient/p\"},"
                        + "\"payor\":[{\"display\":\"Medicare\"}]}"));
        assertEquals("Coverage.class", e.problems().get(0).path());
    }

    /** Hostile trial 7 (h18), FHIR path: a Goal whose description text is only spaces is refused by FHIRPath. */
    @Test
    void aBlankPatientGoalTextIsRefused() {
        String goal = "{\"resourceType\":\"Goal\",\"id\":\"g1\",\"lifecycleStatus\":\"proposed\","
                + "\"description\":{\"coding\":[{\"system\":\"" + org.careweave.internal.fhir.FhirSystems.GOAL_ACTIVITY
                + "\",\"code\":\"eating\"}],\"text\":\"   \"},\"subject\":{\"reference\":\"Patient/p1\"}}";
        FhirInputException e = assertThrows(FhirInputException.class, () -> read(goal));
        assertTrue(e.problems().stream().map(Object::toString).anyMatch(p -> p.startsWith("Goal")
                && p.endsWith(": Goal.description.text: must not be blank (the patient's goal in their words)")),
                e.problems().toString());
    }
}
