package org.careweave.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.careweave.TestRules;
import org.careweave.internal.fhir.BundleReader;
import org.careweave.internal.fhir.BundleWriter;
import org.careweave.internal.fhir.FhirMapping;
import org.careweave.internal.fhir.FhirSystems;
import org.careweave.FhirInputException;
import org.careweave.FhirProblem;
import org.careweave.internal.cli.Main;
import org.careweave.internal.engine.RuleSource;
import org.careweave.model.Case;
import org.careweave.model.PlanOfCare;
import org.careweave.model.Precaution;
import org.careweave.model.PriorFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract v2 case inputs from FHIR: precautions (Flag), prior function (GG0100 Observations), prior devices and
 * home equipment (DeviceUseStatement + Device), help at home, plan-of-care dates. Each hand-built bundle states the
 * case it must give; bad input names the resource and FHIRPath and never repeats the value.
 */
class FhirCaseReaderV2Test {

    static FhirMapping map;

    static final String CW = "http://careweave.org/fhir/";

    @BeforeAll
    static void load() {
        map = FhirMapping.of(RuleSource.fromDirectory(TestRules.RULES));
    }

    /**
     * The resources in a bundle, with the Patient p1 they refer to as its last entry unless they hold a Patient (a
     * reference to a Patient the bundle lacks is refused, trial42 #3); the resources keep their entry numbers.
     */
    static Case read(String... resources) {
        if (java.util.Arrays.stream(resources).anyMatch(r -> r.startsWith("{\"resourceType\":\"Patient\""))) {
            return BundleReader.read(FhirCaseReaderTest.bundle(resources), map, null, null); // its own Patient
        }
        String[] all = java.util.Arrays.copyOf(resources, resources.length + 1);
        all[resources.length] = "{\"resourceType\":\"Patient\",\"id\":\"p1\"}";
        return BundleReader.read(FhirCaseReaderTest.bundle(all), map, null, null);
    }

    static FhirInputException fails(String... resources) {
        return assertThrows(FhirInputException.class, () -> read(resources));
    }

    static String flag(String id, String codings, String extensions) {
        return "{\"resourceType\":\"Flag\",\"id\":\"" + id + "\",\"status\":\"active\",\"code\":{\"coding\":["
                + codings + "],\"text\":\"shown as the warning\"},\"subject\":{\"reference\":\"Patient/p1\"}"
                + (extensions == null ? "" : ",\"extension\":[" + extensions + "]") + "}";
    }

    static String coding(String system, String code) {
        return "{\"system\":\"" + system + "\",\"code\":\"" + code + "\"}";
    }

    static String observation(String id, String code, String value) {
        return "{\"resourceType\":\"Observation\",\"id\":\"" + id + "\",\"status\":\"final\",\"code\":{\"coding\":["
                + code + "]},\"valueCodeableConcept\":{\"coding\":[" + value + "]}}";
    }

    static String device(String id, String type) {
        return "{\"resourceType\":\"Device\",\"id\":\"" + id + "\",\"type\":{\"coding\":[" + type + "]}}";
    }

    static String deviceUse(String id, String status, String device) {
        return "{\"resourceType\":\"DeviceUseStatement\",\"id\":\"" + id + "\",\"status\":\"" + status
                + "\",\"subject\":{\"reference\":\"Patient/p1\"},\"device\":{\"reference\":\"" + device + "\"}}";
    }

    @Test
    void precautionsComeFromActiveFlags() {
        Case c = read(
                flag("f1", coding(CW + "CodeSystem/precaution", "hip-posterior"),
                        "{\"url\":\"" + CW + "StructureDefinition/body-site\",\"valueCodeableConcept\":{\"coding\":["
                                + coding("http://snomed.info/sct", "24136001") + ","
                                + coding("http://snomed.info/sct", "24028007") + "]}}"),
                flag("f2", coding(CW + "CodeSystem/weight-bearing", "pwb"), null),
                flag("f3", coding(CW + "CodeSystem/precaution", "cardiac"),
                        "{\"url\":\"" + CW + "StructureDefinition/precaution-detail\",\"valueString\":\"HR under 120\"}"),
                "{\"resourceType\":\"Flag\",\"id\":\"f4\",\"status\":\"inactive\",\"code\":{\"coding\":["
                        + coding(CW + "CodeSystem/precaution", "sternal") + "]},\"subject\":{\"reference\":\"Patient/p1\"}}");
        // SNOMED 24136001 hip joint = lower-limb, 24028007 right (fhir-body-sites.csv); a weight-bearing coding
        // alone means the kind; Flag.code.text (the EHR's display) is not the detail; the inactive Flag is no
        // current precaution.
        assertEquals(List.of(new Precaution("hip-posterior", null, "lower-limb", "right", null),
                new Precaution("weight-bearing", "pwb", null, null, null),
                new Precaution("cardiac", null, null, null, "HR under 120")), c.precautions());
    }

    @Test
    void priorFunctionDevicesEquipmentAndHelpFillPatientAndHome() {
        Case c = read(
                "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"identifier\":[{\"value\":\"P-9\"}]}",
                observation("o1", coding("http://loinc.org", "85070-1"), coding(CW + "CodeSystem/prior-function",
                        "some-help")),
                observation("o2", coding(CW + "CodeSystem/case-fact", "prior-stairs"),
                        coding(CW + "CodeSystem/prior-function", "dependent")),
                observation("o3", coding(CW + "CodeSystem/case-fact", "home-help"),
                        coding(CW + "CodeSystem/home-help", "part-time")),
                deviceUse("u1", "completed", "Device/d1"),
                deviceUse("u2", "active", "Device/d2"),
                deviceUse("u3", "active", "Device/d3"),
                device("d1", coding(CW + "CodeSystem/prior-device", "walker")),
                // HCPCS E0240 bath/shower chair is the shower-chair row of fhir-discharge-codes.csv
                device("d2", coding("https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "E0240")),
                device("d3", coding(CW + "CodeSystem/equipment", "grab-bars")));
        assertEquals("P-9", c.patient().id());
        assertEquals(new PriorFunction("some-help", null, "dependent", null), c.patient().priorFunction());
        assertEquals(List.of("walker"), c.patient().priorDevices());
        assertEquals(List.of("shower-chair", "grab-bars"), c.home().equipment());
        assertEquals("part-time", c.home().help());
        assertNull(c.home().livesAlone());
    }

    @Test
    void planOfCareDatesComeFromPeriodEndAndExtensions() {
        Case c = read("{\"resourceType\":\"CarePlan\",\"id\":\"cp1\",\"status\":\"active\",\"intent\":\"plan\","
                + "\"subject\":{\"reference\":\"Patient/p1\"},\"category\":[{\"coding\":["
                + coding(CW + "CodeSystem/discipline", "pt") + "]}],\"period\":{\"start\":\"2026-09-02\","
                + "\"end\":\"2026-11-30\"},\"extension\":["
                + "{\"url\":\"" + CW + "StructureDefinition/plan-of-care-certified\",\"valueDate\":\"2026-09-05\"},"
                + "{\"url\":\"" + CW + "StructureDefinition/plan-of-care-sent-to-referrer\",\"valueDate\":\"2026-09-03\"},"
                + "{\"url\":\"" + CW + "StructureDefinition/plan-of-care-recertified\",\"valueDate\":\"2026-10-01\"},"
                + "{\"url\":\"" + CW + "StructureDefinition/plan-of-care-recertified\",\"valueDate\":\"2026-10-29\"}]}");
        assertEquals(List.of(new PlanOfCare("pt", LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 5), List.of(),
                LocalDate.of(2026, 9, 3), List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 29)),
                LocalDate.of(2026, 11, 30))), c.plansOfCare());
    }

    @Test
    void badPrecautionsAndDevicesAreNamedByResourceAndPath() {
        FhirInputException e = fails(
                flag("f1", coding(CW + "CodeSystem/precaution", "weight-bearing"), null),
                flag("f2", coding(CW + "CodeSystem/precaution", "levitation"), null),
                deviceUse("u1", "active", "Device/missing"),
                device("d9", coding(CW + "CodeSystem/equipment", "reacher")),
                observation("o1", coding(CW + "CodeSystem/case-fact", "prior-indoor-mobility"),
                        coding(CW + "CodeSystem/prior-function", "mostly")));
        List<String> problems = e.problems().stream().map(FhirProblem::toString).toList();
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("Flag/f1 (Bundle.entry[1]): Flag.code: a weight-bearing precaution "
                + "needs its level"), problems.get(0));
        assertEquals("Flag/f2 (Bundle.entry[2]): Flag.code.coding[0].code: not a value of list 'precaution' in "
                + "tables/vocabulary.csv (14 values, e.g. weight-bearing, hip-posterior, hip-anterior, ...)",
                problems.get(1));
        assertTrue(problems.get(2).startsWith("DeviceUseStatement/u1 (Bundle.entry[3]): DeviceUseStatement.device:"),
                problems.get(2));
        assertTrue(problems.get(3).startsWith("Observation/o1 (Bundle.entry[5]): Observation.valueCodeableConcept:"),
                problems.get(3));
        // reported after the walk: no DeviceUseStatement refers to Device d9
        assertTrue(problems.get(4).startsWith("Device/d9 (Bundle.entry[4]): Device: no DeviceUseStatement"),
                problems.get(4));
        assertEquals("Bundle.entry[1].resource.code", e.pointer());
        assertFalse(e.getMessage().contains("levitation") || e.getMessage().contains("mostly"),
                "the offending values are not repeated");
    }

    @Test
    void aTooLongDetailExitsTwoWithoutEchoingIt(@TempDir Path dir) throws IOException {
        String secret = "Dr-Ångström-" + "x".repeat(200);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, FhirCaseReaderTest.bundle(flag("f1", coding(CW + "CodeSystem/precaution", "cardiac"),
                "{\"url\":\"" + CW + "StructureDefinition/precaution-detail\",\"valueString\":\"" + secret + "\"}")));
        FhirCliTest.Result r = FhirCliTest.run("plan", "--input", "fhir", bad.toString(), "--rules", "rules");
        assertEquals(Main.BAD_INPUT, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("Flag/f1 (Bundle.entry[1]): Flag.extension('" + CW
                + "StructureDefinition/precaution-detail').value: must be at most 200 characters"), r.err());
        assertFalse(r.err().contains("Ångström"), "the value is never echoed");
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }
}
