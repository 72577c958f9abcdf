package org.careweave.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.careweave.internal.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan --input fhir}, {@code --format fhir}, and FHIR staying unloaded when not asked for. */
class FhirCliTest {

    record Result(int exit, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void planInputFhirPrintsTheSamePlanAsTheTwin() {
        Result fhir = run("plan", "--input", "fhir", "examples/fhir/hand.bundle.json", "--rules", "rules");
        Result json = run("plan", "examples/fhir/hand.case.json", "--rules", "rules");
        assertEquals(0, fhir.exit(), fhir.err());
        assertEquals(json.out(), fhir.out());
        assertEquals("", fhir.err());
    }

    @Test
    void formatFhirPrintsABundle() {
        Result r = run("plan", "examples/fhir/hip-replacement.case.json", "--rules", "rules", "--format", "fhir");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("{\n  \"resourceType\": \"Bundle\""), r.out().substring(0, 80));
    }

    @Test
    void anUnmappableBundleExitsTwoNamingResourceAndPath(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, FhirCaseReaderTest.bundle("{\"resourceType\":\"Observation\",\"id\":\"o7\","
                + "\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8867-4\"}]}}"));
        Result r = run("plan", "--input", "fhir", bad.toString(), "--rules", "rules");
        assertEquals(Main.BAD_INPUT, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("Observation/o7 (Bundle.entry[1]): Observation.code: LOINC 8867-4"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void badValuesExitTwoNamingEachPlaceAndRepeatingNone(@TempDir Path dir) throws IOException {
        // A made-up extension URL, a coding without a code, a malformed LOINC code:
        // each named by resource, entry and FHIRPath; none of the values comes back.
        String secret = "Q7SECRET-" + "y".repeat(300);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, FhirCaseReaderTest.bundle(
                "{\"resourceType\":\"CarePlan\",\"id\":\"c1\",\"status\":\"active\",\"intent\":\"plan\",\"subject\":"
                        + "{\"reference\":\"Patient/p1\"},\"category\":[{\"coding\":[{\"system\":"
                        + "\"http://careweave.org/fhir/CodeSystem/discipline\",\"code\":\"pt\"}]}],\"period\":{\"start\":"
                        + "\"2026-11-02\"},\"extension\":[{\"url\":\"http://example.org/" + secret + "\",\"valueString\":\""
                        + secret + "\"}]}",
                "{\"resourceType\":\"Procedure\",\"id\":\"pr1\",\"status\":\"completed\",\"subject\":{\"reference\":"
                        + "\"Patient/p1\"},\"code\":{\"coding\":[{\"system\":\"http://www.ama-assn.org/go/cpt\"}]}}",
                "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\",\"code\":{\"coding\":[{"
                        + "\"system\":\"http://loinc.org\",\"code\":\"" + secret + "\"}]}}"));
        Result r = run("plan", "--input", "fhir", bad.toString(), "--rules", "rules");
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("CarePlan/c1 (Bundle.entry[1]): CarePlan.extension[0]: unknown extension"), r.err());
        assertTrue(r.err().contains("Procedure/pr1 (Bundle.entry[2]): Procedure.code: needs a CPT"), r.err());
        assertTrue(r.err().contains("Observation/o1 (Bundle.entry[3]): Observation.code: a LOINC coding is not in"),
                r.err());
        assertFalse(r.err().contains("Q7SECRET"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void whatTheParserRefusesIsPlacedByResourceEntryAndFhirPath(@TempDir Path dir) throws IOException {
        // HAPI's strict parser stops at the first of these with "Invalid date/time format" and no place; careweave
        // parses each entry again to name all three, and repeats neither the dates nor the misspelt status' value.
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, FhirCaseReaderTest.bundle(
                "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"birthDate\":\"1950-02-30\"}",
                "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"staus\":\"Q7final\",\"code\":{\"text\":\"x\"}}",
                "{\"resourceType\":\"Procedure\",\"id\":\"pr1\",\"status\":\"completed\",\"subject\":{\"reference\":"
                        + "\"Patient/p1\"},\"performedPeriod\":{\"start\":\"2026-11-17T25:61:00-05:00\"}}"));
        Result r = run("plan", "--input", "fhir", bad.toString(), "--rules", "rules");
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("3 problem(s)"), r.err());
        assertTrue(r.err().contains("Patient (Bundle.entry[1]): Patient.birthDate: invalid value"), r.err());
        assertTrue(r.err().contains("Observation/o1 (Bundle.entry[2]): Observation.staus: unknown element 'staus'"),
                r.err());
        assertTrue(r.err().contains("Procedure/pr1 (Bundle.entry[3]): Procedure.performedPeriod.start: invalid value"),
                r.err());
        assertFalse(r.err().contains("1950-02-30") || r.err().contains("T25") || r.err().contains("Q7final"), r.err());
    }

    /**
     * trial42 #3: the hip bundle without its Patient entry (every resource still pointing to Patient/pat-1) was planned
     * as the whole bundle is, its birth-date checks skipped without a word. Exit 2 at the first entry whose reference
     * does not resolve: the Encounter, entry 4 once the Patient (entry 0) is gone; its type named, none of its values.
     */
    @Test
    void aBundleWhoseReferencesDoNotResolveToItsPatientIsRefused(@TempDir Path dir) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode bundle = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(Path.of("examples/fhir/hip-replacement.bundle.json").toFile());
        com.fasterxml.jackson.databind.node.ArrayNode entries = (com.fasterxml.jackson.databind.node.ArrayNode)
                bundle.get("entry");
        assertEquals("Patient", entries.get(0).path("resource").path("resourceType").asText());
        entries.remove(0);
        assertEquals("Encounter", entries.get(4).path("resource").path("resourceType").asText());
        Path file = dir.resolve("nopatient.json");
        Files.writeString(file, json.writeValueAsString(bundle));
        Result r = run("plan", "--input", "fhir", file.toString(), "--rules", "rules");
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(file + ": 1 problem(s) reading the FHIR bundle:\n  Encounter/enc-1 (Bundle.entry[4]): "
                + "Encounter.subject: refers to a Patient that is not in this bundle: every reference must resolve to "
                + "an entry of the bundle (add the Patient entry, whose birth date the case's dates are checked "
                + "against)\n", r.err());
        assertFalse(r.err().contains("pat-1") || r.err().contains("P-1001") || r.err().contains("1951"), r.err());
    }

    /**
     * trial42b: a version-specific reference to the bundle's Patient (Patient/pat-1/_history/1, FHIR R4 3.3.4) is that
     * Patient, planned as the hip bundle is; an absolute reference to another server's Patient/pat-1 is not the
     * bundle's Patient (the bundle's Patient has the fullUrl http://clinic.example.org/fhir/Patient/pat-1); a urn:uuid
     * that names no entry refers to nothing in the bundle, not to another patient.
     */
    @Test
    void patientReferencesResolveByVersionServerAndEntryName(@TempDir Path dir) throws IOException {
        String hip = Files.readString(Path.of("examples/fhir/hip-replacement.bundle.json"));
        Result whole = run("plan", "--input", "fhir", "examples/fhir/hip-replacement.bundle.json", "--rules", "rules");
        assertEquals(0, whole.exit(), whole.err());
        Path versioned = dir.resolve("versioned.json");
        Files.writeString(versioned, hip.replace("\"reference\": \"Patient/pat-1\"",
                "\"reference\": \"Patient/pat-1/_history/1\""));
        Result v = run("plan", "--input", "fhir", versioned.toString(), "--rules", "rules");
        assertEquals(0, v.exit(), v.err());
        assertEquals(whole.out(), v.out());
        Path other = dir.resolve("other.json");
        Files.writeString(other, hip.replace("\"reference\": \"Patient/pat-1\"",
                "\"reference\": \"http://other.example.org/fhir/Patient/pat-1\""));
        Result o = run("plan", "--input", "fhir", other.toString(), "--rules", "rules");
        assertEquals(Main.BAD_INPUT, o.exit(), o.err());
        assertEquals("", o.out());
        assertTrue(o.err().contains("refers to a patient other than the bundle's Patient"), o.err());
        Path dangling = dir.resolve("dangling.json");
        Files.writeString(dangling, hip.replace("\"reference\": \"Patient/pat-1\"",
                "\"reference\": \"urn:uuid:00000000-0000-0000-0000-000000000000\""));
        Result d = run("plan", "--input", "fhir", dangling.toString(), "--rules", "rules");
        assertEquals(Main.BAD_INPUT, d.exit(), d.err());
        assertEquals("", d.out());
        assertTrue(d.err().contains("refers to a resource that is not in this bundle"), d.err());
        assertFalse(d.err().contains("other than the bundle's Patient"), d.err());
    }

    /**
     * trial42 #7: an Observation with valueCodeableConcept and valueInteger was "Observation: repeats, but FHIR R4
     * allows one", naming no element: the choice element is named as FHIR names it, Observation.value[x].
     */
    @Test
    void aChoiceElementGivenTwiceIsNamedAsValueX(@TempDir Path dir) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode bundle = json.readTree(
                Path.of("examples/fhir/hip-replacement.bundle.json").toFile());
        com.fasterxml.jackson.databind.node.ObjectNode obs = (com.fasterxml.jackson.databind.node.ObjectNode)
                bundle.get("entry").get(8).get("resource");
        assertEquals("obs-1", obs.path("id").asText());
        assertTrue(obs.has("valueCodeableConcept"));
        obs.put("valueInteger", 3);
        Path file = dir.resolve("twovalues.json");
        Files.writeString(file, json.writeValueAsString(bundle));
        Result r = run("plan", "--input", "fhir", file.toString(), "--rules", "rules");
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(file + ": 1 problem(s) reading the FHIR bundle:\n  Observation/obs-1 (Bundle.entry[8]): "
                + "Observation.value[x]: repeats, but FHIR R4 allows one\n", r.err());
    }

    @Test
    void planningCareweaveJsonLoadsNoFhirClass() throws Exception {
        // A fresh JVM: in this one other tests have long loaded HAPI. -verbose:class lists every class loaded.
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-verbose:class", "-cp",
                System.getProperty("java.class.path"), "org.careweave.internal.cli.Main", "plan",
                "examples/fhir/hip-replacement.case.json", "--rules", "rules"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out.length() > 2000 ? out.substring(out.length() - 2000) : out);
        assertTrue(out.contains("fhir-hip-01"), "planned");
        assertTrue(out.contains("org.careweave.internal.engine.Engine"), "class loading is listed");
        assertFalse(out.contains("ca.uhn.fhir"), "HAPI FHIR was loaded");
        assertFalse(out.contains("org.hl7.fhir"), "the FHIR model was loaded");
        assertFalse(out.contains("org.careweave.fhir."), "careweave's FHIR package was loaded");
    }
}
