package org.careweave.cds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.careweave.TestRules;
import org.careweave.fhir.JsonMutants;
import org.junit.jupiter.api.Test;

/**
 * 1,500 hostile CDS Hooks calls (seeded mutants of both hooks' requests for the five FHIR examples): the service
 * answers each with 200 and cards, or 400/412 and an OperationOutcome whose issues never repeat a planted value;
 * never 500 and never an exception.
 */
class CdsInputFuzzTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int CALLS = 1_500;

    @Test
    void everyMutantCallIsAnsweredWithCardsOrAnOutcomeAndNothingEchoed() throws Exception {
        CdsService service = new CdsService(TestRules.planner().toCarePlanner(),
                Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));
        List<String[]> corpus = new ArrayList<>();
        for (String example : CdsServiceHttpTest.EXAMPLES) {
            ObjectNode prefetch = CdsServiceHttpTest.prefetch(example);
            corpus.add(new String[] {CdsService.PATIENT_VIEW,
                    CdsServiceHttpTest.request("patient-view", prefetch.deepCopy()).toString()});
            ObjectNode sign = CdsServiceHttpTest.request("order-sign", prefetch.deepCopy());
            ArrayNode orders = (ArrayNode) sign.get("prefetch").get("orders").get("entry");
            ObjectNode draft = ((ObjectNode) sign.get("context")).putObject("draftOrders");
            draft.put("resourceType", "Bundle");
            draft.put("type", "collection");
            ArrayNode entries = draft.putArray("entry");
            if (!orders.isEmpty()) {
                entries.addObject().set("resource", ((ObjectNode) orders.get(0).get("resource").deepCopy())
                        .put("status", "draft"));
                orders.remove(0);
            }
            corpus.add(new String[] {CdsService.ORDER_SIGN, sign.toString()});
        }
        Random random = new Random(20261201L);
        int cards = 0;
        int refused = 0;
        for (int i = 0; i < CALLS; i++) {
            String[] pick = corpus.get(random.nextInt(corpus.size()));
            String body = JsonMutants.mutant(JSON.readTree(pick[1]), random);
            CdsService.Response r;
            try {
                r = service.call(pick[0], body);
            } catch (RuntimeException e) {
                fail("call " + i + " threw", e);
                return;
            }
            JsonNode answer = JSON.readTree(r.json());
            if (r.status() == 200) {
                assertTrue(answer.get("cards").isArray(), r.json());
                cards++;
                continue;
            }
            assertTrue(Set.of(400, 412).contains(r.status()), "call " + i + ": " + r.status() + " " + r.json());
            assertEquals("OperationOutcome", answer.path("resourceType").asText(), r.json());
            for (JsonNode issue : answer.get("issue")) {
                String said = issue.path("diagnostics").asText() + " " + issue.path("expression").toString();
                // a resource named by an id of FHIR id syntax locates it, like a bundle entry's index
                said = said.replaceAll("[A-Z][A-Za-z]+/[A-Za-z0-9\\-.]{1,64}", "");
                // and an unknown element is named (a misspelling is worth showing), when shaped like a name
                java.util.regex.Matcher named = java.util.regex.Pattern.compile("'([A-Za-z_][A-Za-z0-9_]{0,63})'")
                        .matcher(said);
                while (named.find()) {
                    said = said.replace(named.group(1), "");
                }
                assertFalse(said.contains(JsonMutants.MARK), "call " + i + " echoes: " + issue);
                assertTrue(said.length() < 2_000, "call " + i + ": " + said.length());
            }
            refused++;
        }
        assertEquals(CALLS, cards + refused);
        assertTrue(cards > CALLS / 20 && refused > CALLS / 2, cards + " cards, " + refused + " refused");
        System.out.printf("cds fuzz: %d calls, %d cards, %d refused%n", CALLS, cards, refused);
    }

    @Test
    void aPatientIdThatIsNoFhirIdIsRefusedNotCopiedIntoAReference() throws Exception {
        CdsService service = new CdsService(TestRules.planner().toCarePlanner(),
                Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));
        ObjectNode req = CdsServiceHttpTest.request("patient-view", CdsServiceHttpTest.prefetch("hand"));
        ((ObjectNode) req.get("context")).put("patientId", "pat 1/" + JsonMutants.MARK);
        CdsService.Response r = service.call(CdsService.PATIENT_VIEW, req.toString());
        assertEquals(400, r.status(), r.json());
        assertTrue(r.json().contains("context.patientId must be a FHIR id"), r.json());
        assertFalse(r.json().contains(JsonMutants.MARK), r.json());
    }

    @Test
    void aBadValueInAPrefetchIsPlacedByKeyEntryAndFhirPath() throws Exception {
        CdsService service = new CdsService(TestRules.planner().toCarePlanner(),
                Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));
        ObjectNode prefetch = CdsServiceHttpTest.prefetch("knee-replacement-visits");
        ObjectNode obs = (ObjectNode) prefetch.get("observations").get("entry").get(0).get("resource");
        obs.put("effectiveDateTime", "2026-11-31");
        CdsService.Response r = service.call(CdsService.PATIENT_VIEW,
                CdsServiceHttpTest.request("patient-view", prefetch).toString());
        assertEquals(400, r.status(), r.json());
        JsonNode issue = JSON.readTree(r.json()).get("issue").get(0);
        assertEquals("prefetch.observations.entry[0].resource.effectiveDateTime: invalid value for its type (FHIR R4 "
                + "data types: dates YYYY-MM-DD, codes without spaces, ...)", issue.get("diagnostics").asText());
        assertEquals("prefetch.observations.entry[0].resource.effectiveDateTime",
                issue.get("expression").get(0).asText());
        assertFalse(r.json().contains("2026-11-31"), r.json());
    }

    /**
     * A patient born after the server's today (the plan's date on a hook call) is refused at Patient.birthDate, the
     * date not repeated; before, it was planned as a child's case. A goal longer than the contract allows is refused
     * at the case's pointer; before, the planner's check escaped as a 500 "internal error".
     */
    @Test
    void aPatientBornAfterTodayOrAGoalTooLongIsA400() throws Exception {
        CdsService service = new CdsService(TestRules.planner().toCarePlanner(),
                Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));
        ObjectNode prefetch = CdsServiceHttpTest.prefetch("hip-replacement");
        ((ObjectNode) prefetch.get("patient")).put("birthDate", "2026-11-21");
        CdsService.Response r = service.call(CdsService.PATIENT_VIEW,
                CdsServiceHttpTest.request("patient-view", prefetch).toString());
        assertEquals(400, r.status(), r.json());
        JsonNode issue = JSON.readTree(r.json()).get("issue").get(0);
        assertEquals("prefetch.patient.birthDate", issue.get("expression").get(0).asText());
        assertEquals("prefetch.patient.birthDate: after today, the date the plan is made for: one of the two dates is "
                + "wrong", issue.get("diagnostics").asText());
        assertFalse(r.json().contains("2026-11-21"), r.json());

        prefetch = CdsServiceHttpTest.prefetch("hip-replacement");
        ObjectNode goal = (ObjectNode) prefetch.get("goals").get("entry").get(0).get("resource");
        ((ObjectNode) goal.get("description")).put("text", "w".repeat(1001));
        r = service.call(CdsService.PATIENT_VIEW, CdsServiceHttpTest.request("patient-view", prefetch).toString());
        assertEquals(400, r.status(), r.json());
        assertEquals("the case read from the request: /goals/0/text: must be at most 1000 characters",
                JSON.readTree(r.json()).get("issue").get(0).get("diagnostics").asText());
    }
}
