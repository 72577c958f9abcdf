package org.careweave.cds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.careweave.TestRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a hook call's request must be before anything is planned from it (hostile-client trial): the {@code patient}
 * prefetch is the context's Patient, and a key named twice is said to be one. CDS Hooks 2.0, "Prefetch Template": the
 * prefetched data "MUST be equivalent to the data the CDS Service would receive if it were making its own call to
 * the CDS Client's FHIR server using the parameterized prefetch template"; the template here is
 * {@code Patient/{{context.patientId}}}, a read of one Patient with that id.
 */
class CdsRequestChecksTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static CdsService service;

    @BeforeAll
    static void start() {
        service = new CdsService(TestRules.planner().toCarePlanner(),
                Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));
    }

    static JsonNode issue(CdsService.Response r) throws Exception {
        JsonNode oo = JSON.readTree(r.json());
        assertEquals("OperationOutcome", oo.get("resourceType").asText(), r.json());
        assertEquals(1, oo.get("issue").size(), r.json());
        return oo.get("issue").get(0);
    }

    /**
     * trial42 #9: a number where an object belongs ({@code valueCodeableConcept: 5}) was "wrong JSON type: expected
     * object, found string": it names the number it is, at the element's place, and never the value.
     */
    @Test
    void aNumberWhereAnObjectBelongsIsSaidToBeANumber() throws Exception {
        ObjectNode req = CdsServiceHttpTest.request("patient-view", CdsServiceHttpTest.prefetch("hip-replacement"));
        ObjectNode obs = (ObjectNode) req.get("prefetch").get("observations").get("entry").get(0).get("resource");
        assertTrue(obs.has("valueCodeableConcept"), obs.toString());
        obs.put("valueCodeableConcept", 57319);
        CdsService.Response r = service.call(CdsService.PATIENT_VIEW, req.toString());
        assertEquals(400, r.status(), r.json());
        assertTrue(r.json().contains("wrong JSON type: expected object, found number"), r.json());
        assertFalse(r.json().contains("found string") || r.json().contains("57319"), r.json());
    }

    /** Before: planned with 200, another patient's record as this one's. */
    @Test
    void aPatientPrefetchOfAnotherPatientIsRefusedWithoutEitherId() throws Exception {
        ObjectNode req = CdsServiceHttpTest.request("patient-view", CdsServiceHttpTest.prefetch("hip-replacement"));
        String own = req.get("prefetch").get("patient").get("id").asText();
        ((ObjectNode) req.get("context")).put("patientId", "context-id-7");
        ((ObjectNode) req.get("prefetch").get("patient")).put("id", "other-id-9");
        CdsService.Response r = service.call(CdsService.PATIENT_VIEW, req.toString());
        assertEquals(400, r.status(), r.json());
        JsonNode issue = issue(r);
        assertEquals("prefetch.patient is another patient: its id is not context.patientId (the prefetch must be "
                + "the read Patient/{{context.patientId}})", issue.get("diagnostics").asText());
        assertEquals("prefetch.patient", issue.get("expression").get(0).asText());
        assertEquals("invalid", issue.get("code").asText());
        assertFalse(r.json().contains("context-id-7") || r.json().contains("other-id-9"), r.json());

        // the same request with the ids agreeing (and the other prefetch entries' subjects, which name the
        // prefetch's own Patient) is planned: the refusal is about the ids only
        ((ObjectNode) req.get("context")).put("patientId", own);
        ((ObjectNode) req.get("prefetch").get("patient")).put("id", own);
        assertEquals(200, service.call(CdsService.PATIENT_VIEW, req.toString()).status());
    }

    /**
     * Hostile-user trial: with every reference in the prefetch pointing to another patient (conditions, encounters,
     * coverage...), the hook planned that patient's record as this one's (200). Now 400 naming where, no id repeated.
     */
    @Test
    void prefetchEntriesAboutAnotherPatientAreRefusedWithoutEitherId() throws Exception {
        ObjectNode req = CdsServiceHttpTest.request("patient-view", CdsServiceHttpTest.prefetch("hip-replacement"));
        String own = req.get("prefetch").get("patient").get("id").asText();
        ((ObjectNode) req.get("context")).put("patientId", own);
        String body = req.toString().replace("\"Patient/" + own + "\"", "\"Patient/other-5\"");
        assertTrue(body.contains("Patient/other-5"), "the fixture's entries name their patient");
        CdsService.Response r = service.call(CdsService.PATIENT_VIEW, body);
        assertEquals(400, r.status(), r.json());
        assertTrue(r.json().contains("a patient other than the bundle's Patient"), r.json());
        assertFalse(r.json().contains("other-5") || r.json().contains("\"" + own + "\""), r.json());
    }

    /** A Patient with no id cannot be shown to be the context's patient. */
    @Test
    void aPatientPrefetchWithoutAnIdIsRefused() throws Exception {
        ObjectNode req = CdsServiceHttpTest.request("patient-view", CdsServiceHttpTest.prefetch("hand"));
        ((ObjectNode) req.get("prefetch").get("patient")).remove("id");
        CdsService.Response r = service.call(CdsService.PATIENT_VIEW, req.toString());
        assertEquals(400, r.status(), r.json());
        assertEquals("prefetch.patient has no id: it must be the Patient context.patientId names (the read "
                + "Patient/{{context.patientId}})", issue(r).get("diagnostics").asText());
    }

    /**
     * Before: a searchset Bundle holding the Patient was accepted (its entries were read like any other key's), and
     * so was any other resource.
     */
    @Test
    void aBundleOrAnotherResourceAsThePatientPrefetchIsRefusedNamingTheExpectedType() throws Exception {
        ObjectNode prefetch = CdsServiceHttpTest.prefetch("hip-replacement");
        ObjectNode searchset = JSON.createObjectNode().put("resourceType", "Bundle").put("type", "searchset");
        searchset.putArray("entry").addObject().set("resource", prefetch.get("patient"));
        prefetch.set("patient", searchset);
        CdsService.Response r = service.call(CdsService.ORDER_SIGN, orderSign(prefetch));
        assertEquals(400, r.status(), r.json());
        JsonNode issue = issue(r);
        assertEquals("prefetch.patient must be a Patient resource (the read Patient/{{context.patientId}}), not "
                + "'Bundle'", issue.get("diagnostics").asText());
        assertEquals("prefetch.patient", issue.get("expression").get(0).asText());

        prefetch.set("patient", JSON.readTree("{\"resourceType\":\"Practitioner\",\"id\":\"pat-1\"}"));
        r = service.call(CdsService.PATIENT_VIEW, CdsServiceHttpTest.request("patient-view", prefetch).toString());
        assertEquals(400, r.status(), r.json());
        assertEquals("prefetch.patient must be a Patient resource (the read Patient/{{context.patientId}}), not "
                + "'Practitioner'", issue(r).get("diagnostics").asText());

        // a type that is no resource type name is not repeated
        prefetch.set("patient", JSON.readTree("{\"resourceType\":\"pat 1 born 1950-02-03\",\"id\":\"pat-1\"}"));
        r = service.call(CdsService.PATIENT_VIEW, CdsServiceHttpTest.request("patient-view", prefetch).toString());
        assertEquals("prefetch.patient must be a Patient resource (the read Patient/{{context.patientId}}), not "
                + "something else", issue(r).get("diagnostics").asText());
        prefetch.set("patient", JSON.readTree("[1, 2]"));
        r = service.call(CdsService.PATIENT_VIEW, CdsServiceHttpTest.request("patient-view", prefetch).toString());
        assertEquals(400, r.status(), r.json());
        assertEquals("prefetch.patient", issue(r).get("expression").get(0).asText());
    }

    /**
     * Hostile-user trial: a Patient under another key was "a second Patient" with no word of where. Now the problem
     * names the key and the entry of the request's own searchset, not the entry number of the bundle careweave builds.
     */
    @Test
    void aPatientUnderAnotherKeyIsNamedAtThatKeyAndEntry() throws Exception {
        ObjectNode prefetch = CdsServiceHttpTest.prefetch("knee-replacement-visits");
        com.fasterxml.jackson.databind.node.ArrayNode conditions =
                (com.fasterxml.jackson.databind.node.ArrayNode) prefetch.get("conditions").get("entry");
        int at = conditions.size(); // after the case's own conditions
        conditions.addObject().set("resource", prefetch.get("patient").deepCopy());
        CdsService.Response r = service.call(CdsService.PATIENT_VIEW,
                CdsServiceHttpTest.request("patient-view", prefetch).toString());
        assertEquals(400, r.status(), r.json());
        JsonNode issue = issue(r);
        String place = "prefetch.conditions.entry[" + at + "].resource";
        assertEquals(place + ": a second Patient; a case is about one patient", issue.get("diagnostics").asText());
        assertEquals(place, issue.get("expression").get(0).asText());
        assertTrue(at >= 1, "the fixture has conditions before the Patient, so a bundle index would differ");
    }

    /** Any problem found once the prefetch is read together is placed by key and entry, not careweave's numbering. */
    @Test
    void aProblemInAReadPrefetchEntryNamesItsKeyAndEntry() throws Exception {
        ObjectNode prefetch = CdsServiceHttpTest.prefetch("knee-replacement-visits");
        ObjectNode goal = (ObjectNode) prefetch.get("goals").get("entry").get(0).get("resource");
        ((ObjectNode) goal.get("description")).remove("coding"); // no activity coding: the reader refuses it
        CdsService.Response r = service.call(CdsService.PATIENT_VIEW,
                CdsServiceHttpTest.request("patient-view", prefetch).toString());
        assertEquals(400, r.status(), r.json());
        assertTrue(issue(r).get("diagnostics").asText().startsWith("prefetch.goals.entry[0].resource.description"
                + ".coding: needs a "), r.json());
        assertEquals("prefetch.goals.entry[0].resource.description.coding", issue(r).get("expression").get(0).asText());
    }

    static String orderSign(ObjectNode prefetch) {
        ObjectNode req = CdsServiceHttpTest.request("order-sign", prefetch);
        ObjectNode draft = ((ObjectNode) req.get("context")).putObject("draftOrders");
        draft.put("resourceType", "Bundle").put("type", "collection");
        draft.putArray("entry");
        return req.toString();
    }

    /** Before: "malformed JSON at line 1, column 93", nothing about which key or why. */
    @Test
    void aKeyNamedTwiceIsADuplicateKeyAtItsPointerWithoutItsValue() throws Exception {
        String body = CdsServiceHttpTest.request("patient-view", CdsServiceHttpTest.prefetch("hand")).toString();
        String twice = body.replaceFirst("\"patientId\":\"pat-1\"", "\"patientId\":\"pat-1\",\"patientId\":\"pat-2\"");
        CdsService.Response r = service.call(CdsService.PATIENT_VIEW, twice);
        assertEquals(400, r.status(), r.json());
        assertEquals("duplicate key at /context/patientId (a JSON object names each key once)",
                issue(r).get("diagnostics").asText());
        assertFalse(r.json().contains("pat-2"), r.json());

        // deeper, inside an array, and a key that needs escaping in a pointer (RFC 6901: ~1 for /)
        twice = "{\"hook\":\"patient-view\",\"prefetch\":{\"goals\":{\"entry\":[{},{\"a/b\":1,\"a/b\":2}]}}}";
        r = service.call(CdsService.PATIENT_VIEW, twice);
        assertEquals("duplicate key at /prefetch/goals/entry/1/a~1b (a JSON object names each key once)",
                issue(r).get("diagnostics").asText());

        // other malformed JSON is said as before
        r = service.call(CdsService.PATIENT_VIEW, "{\"hook\": ");
        assertEquals("malformed JSON at line 1, column 10", issue(r).get("diagnostics").asText());
    }

    /**
     * Hostile-user trial: a problem was placed twice ({@code prefetch.coverage (prefetch.coverage): ...}), and its
     * expression was the resource's own FHIRPath ({@code Patient}), which does not say which prefetch key holds it.
     * Each is now one FHIRPath-like location in the request, in the expression and at the start of diagnostics: the
     * whole value, an element of a single resource, an element of the Bundle itself, and a single resource of a type
     * FHIR does not have (its {@code resourceType}, not {@code .resource.resourceType}: there is no entry).
     */
    @Test
    void aPrefetchProblemIsPlacedOnceAtItsLocationInTheRequest() throws Exception {
        java.util.Map<String, java.util.function.Consumer<ObjectNode>> edits = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> expected = new java.util.LinkedHashMap<>();
        edits.put("whole value", p -> p.put("coverage", 42));
        expected.put("whole value", "prefetch.coverage: must be a FHIR resource (a JSON object)");
        edits.put("single resource", p -> ((ObjectNode) p.get("patient")).put("gender", "sometimes"));
        expected.put("single resource", "prefetch.patient.gender: invalid value for its type (FHIR R4 data types: "
                + "dates YYYY-MM-DD, codes without spaces, ...)");
        edits.put("bundle element", p -> ((ObjectNode) p.get("conditions")).put("total", "many"));
        expected.put("bundle element", "prefetch.conditions.total: invalid value for its type (FHIR R4 data types: "
                + "dates YYYY-MM-DD, codes without spaces, ...)");
        edits.put("unknown type", p -> p.putObject("coverage").put("resourceType", "Insurance"));
        expected.put("unknown type", "prefetch.coverage.resourceType: not a FHIR R4 resource type");
        for (var edit : edits.entrySet()) {
            ObjectNode prefetch = CdsServiceHttpTest.prefetch("knee-replacement-visits");
            edit.getValue().accept(prefetch);
            CdsService.Response r = service.call(CdsService.PATIENT_VIEW,
                    CdsServiceHttpTest.request("patient-view", prefetch).toString());
            assertEquals(400, r.status(), edit.getKey() + ": " + r.json());
            JsonNode issue = issue(r);
            String said = expected.get(edit.getKey());
            assertEquals(said, issue.get("diagnostics").asText(), edit.getKey());
            assertEquals(said.substring(0, said.indexOf(": ")), issue.get("expression").get(0).asText(),
                    edit.getKey());
            assertEquals(1, issue.get("expression").size(), edit.getKey());
        }
    }
}
