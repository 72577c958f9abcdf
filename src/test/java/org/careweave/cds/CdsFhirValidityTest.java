package org.careweave.cds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.careweave.TestRules;
import org.careweave.fhir.R4Validator;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.fhir.FhirMapping;
import org.careweave.io.CaseReader;
import org.careweave.plan.CarePlan;
import org.junit.jupiter.api.Test;

/**
 * The FHIR the CDS Hooks service hands out is valid R4 by HAPI FHIR's validator: the ServiceRequest each order-sign
 * suggestion creates (for every example, signing PT alone and OT alone) and the OperationOutcome of a refused call.
 */
class CdsFhirValidityTest {

    static final FhirMapping MAP = FhirMapping.of(RuleSource.fromDirectory(TestRules.RULES));

    @Test
    void everySuggestedServiceRequestIsValid() throws Exception {
        List<String> problems = new ArrayList<>();
        int resources = 0;
        List<Path> cases;
        try (Stream<Path> files = Files.list(TestRules.EXAMPLES)) {
            cases = files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted().toList();
        }
        for (Path p : cases) {
            CarePlan plan = TestRules.planner().plan(CaseReader.read(p));
            for (String signing : List.of("pt", "ot")) {
                ArrayNode cards = CdsCards.orderSign(plan, Set.of(signing), Set.of(), "Patient/p-1", MAP);
                for (JsonNode card : cards) {
                    for (JsonNode action : card.path("suggestions").findValues("resource")) {
                        resources++;
                        R4Validator.errors(action.toString()).forEach(e -> problems.add(p.getFileName() + ": " + e));
                    }
                }
            }
        }
        assertTrue(resources >= 20, "suggested resources checked: " + resources);
        assertEquals(List.of(), problems);
    }

    @Test
    void theOperationOutcomeOfARefusedCallIsValid() {
        CdsService service = new CdsService(TestRules.planner().toCarePlanner(),
                Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));
        for (String[] call : List.of(new String[] {CdsService.ORDER_SIGN, "{"},
                new String[] {CdsService.PATIENT_VIEW, "{\"hook\":\"patient-view\"}"},
                new String[] {"no-such-service", "{}"})) {
            CdsService.Response r = service.call(call[0], call[1]);
            assertTrue(r.status() >= 400, r.json());
            assertTrue(r.json().contains("\"OperationOutcome\""), r.json());
            assertEquals(List.of(), R4Validator.errors(r.json()), r.json());
        }
    }
}
