package org.careweave.cds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.careweave.TestRules;
import org.careweave.model.Case;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prefetch the client could not give (hostile-user trial: {@code "coverage": null} was planned with 200 and the
 * threshold cards silently gone). CDS Hooks 2.0, "Providing FHIR Resources to a CDS Service": null is "no data"
 * (used rather than an empty searchset), a failed prefetch is left out or given as an OperationOutcome, and a service
 * that cannot get required data answers 412. careweave does not query the FHIR server; see
 * {@link CdsService#unavailable} for the decision per key.
 */
class CdsUnavailablePrefetchTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static CdsService service;

    @BeforeAll
    static void start() {
        service = new CdsService(TestRules.planner().toCarePlanner(),
                Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));
    }

    static CdsService.Response patientView(ObjectNode prefetch) {
        return service.call(CdsService.PATIENT_VIEW, CdsServiceHttpTest.request("patient-view", prefetch).toString());
    }

    static ObjectNode emptySearchset() {
        ObjectNode b = JSON.createObjectNode().put("resourceType", "Bundle").put("type", "searchset");
        b.putArray("entry");
        return b;
    }

    /**
     * The knee case with its Medicare Part B coverage has 2 cards: the PT plan not certified and one KX warning
     * (worked by hand in CdsServiceHttpTest). Without coverage the KX cards go (no payer, no Medicare threshold) and
     * a card says why, whether the client sent null or an empty searchset (the specification's two spellings of
     * "none").
     */
    @Test
    void coverageNullIsPlannedWithoutAPayerAndACardSaysTheThresholdsWereNotChecked() throws Exception {
        ObjectNode prefetch = CdsServiceHttpTest.prefetch("knee-replacement-visits");
        CdsService.Response with = patientView(prefetch);
        // the deadline and one KX card (one kx-threshold alert per threshold category and year, int41)
        assertEquals(2, JSON.readTree(with.json()).get("cards").size(), with.json());

        for (JsonNode none : List.of(JSON.nullNode(), emptySearchset())) {
            prefetch.set("coverage", none);
            CdsService.Response r = patientView(prefetch);
            assertEquals(200, r.status(), r.json());
            JsonNode cards = JSON.readTree(r.json()).get("cards");
            // the deadline and the card saying the thresholds were not checked; no KX card (the billed 97530 is
            // planned: the knee operated 4 weeks ago gets graded activity for its pain, tables/healing-windows.csv)
            assertEquals(2, cards.size(), r.json());
            assertTrue(cards.get(0).get("summary").asText().contains("not certified"), r.json());
            JsonNode last = cards.get(1);
            assertEquals("No active coverage on file: payer thresholds (KX, medical review) were not checked",
                    last.get("summary").asText());
            assertEquals("info", last.get("indicator").asText());
            assertEquals("careweave", last.get("source").get("label").asText());
            assertTrue(last.get("detail").asText().contains("Coverage?patient={{context.patientId}}&status=active"));

            // exactly the library's cards for the same case without a payer, and the coverage card after them
            Case twin = CdsServiceHttpTest.twin("knee-replacement-visits");
            Case noPayer = new Case(twin.caseId(), twin.asOf(), twin.patient(), twin.setting(), null,
                    twin.conditions(), twin.findings(), twin.home(), twin.goals(), twin.orders(), twin.visits(),
                    twin.plansOfCare(), twin.billing(), twin.precautions());
            ArrayNode expected = CdsCards.patientView(TestRules.planner().plan(noPayer), service.mapping());
            expected.add(CdsCards.noCoverage(service.mapping()));
            assertEquals(expected, cards);
        }
    }

    /** With coverage on file the card is not there: the knee case's 5 cards are all the plan's alerts. */
    @Test
    void theCoverageCardIsOnlyForAPrefetchWithoutCoverage() throws Exception {
        CdsService.Response r = patientView(CdsServiceHttpTest.prefetch("hand"));
        assertEquals(200, r.status(), r.json());
        assertFalse(r.json().contains("No active coverage"), r.json());
    }

    /** The specification's error report: an OperationOutcome in place of the data. 412 naming the key, nothing echoed. */
    @Test
    void anOperationOutcomeInPlaceOfAPrefetchIs412NamingTheKey() throws Exception {
        ObjectNode prefetch = CdsServiceHttpTest.prefetch("knee-replacement-visits");
        prefetch.set("coverage", JSON.readTree("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":"
                + "\"error\",\"code\":\"timeout\",\"diagnostics\":\"coverage service down for pat-1 DOB 1950-02-03\"}]}"));
        CdsService.Response r = patientView(prefetch);
        assertEquals(412, r.status(), r.json());
        JsonNode issue = CdsRequestChecksTest.issue(r);
        assertEquals("prefetch.coverage", issue.get("expression").get(0).asText());
        assertEquals("incomplete", issue.get("code").asText());
        assertEquals("prefetch.coverage is an OperationOutcome: the client could not fetch "
                + "Coverage?patient={{context.patientId}}&status=active, and this service does not query the FHIR "
                + "server; send the data, or null when there is none", issue.get("diagnostics").asText());
        assertFalse(r.json().contains("1950") || r.json().contains("pat-1") || r.json().contains("down"), r.json());

        // the same for the patient read (before: 400 "must be a Patient resource, not 'OperationOutcome'")
        prefetch = CdsServiceHttpTest.prefetch("knee-replacement-visits");
        prefetch.set("patient", JSON.readTree("{\"resourceType\":\"OperationOutcome\",\"issue\":[]}"));
        r = patientView(prefetch);
        assertEquals(412, r.status(), r.json());
        assertEquals("prefetch.patient", CdsRequestChecksTest.issue(r).get("expression").get(0).asText());
    }

    /** A searchset that says its search failed (an error outcome entry) is no result; a warning leaves it usable. */
    @Test
    void aSearchsetWithAnErrorOutcomeIs412AndOneWithAWarningIsPlanned() throws Exception {
        ObjectNode prefetch = CdsServiceHttpTest.prefetch("knee-replacement-visits");
        ObjectNode outcome = ((ArrayNode) prefetch.get("conditions").get("entry")).addObject();
        outcome.putObject("search").put("mode", "outcome");
        outcome.set("resource", JSON.readTree("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":"
                + "\"warning\",\"code\":\"not-supported\"}]}"));
        CdsService.Response r = patientView(prefetch);
        assertEquals(200, r.status(), r.json());
        assertEquals(2, JSON.readTree(r.json()).get("cards").size(), r.json());

        ((ObjectNode) outcome.get("resource").get("issue").get(0)).put("severity", "error");
        r = patientView(prefetch);
        assertEquals(412, r.status(), r.json());
        assertEquals("prefetch.conditions", CdsRequestChecksTest.issue(r).get("expression").get(0).asText());
    }

    /** Before: the patient's record was planned without its birth date (age-bound rules silently off), 200. */
    @Test
    void aNullPatientIs412() throws Exception {
        ObjectNode prefetch = CdsServiceHttpTest.prefetch("hand");
        prefetch.putNull("patient");
        CdsService.Response r = patientView(prefetch);
        assertEquals(412, r.status(), r.json());
        JsonNode issue = CdsRequestChecksTest.issue(r);
        assertEquals("prefetch.patient", issue.get("expression").get(0).asText());
        assertEquals("prefetch.patient is null: the client has no Patient for context.patientId, and this service "
                + "plans from the patient's record without querying the FHIR server", issue.get("diagnostics").asText());
    }

    /** Before: 400 "Bundle (Bundle.entry): required: an Encounter...", without the key. */
    @Test
    void noEncounterIs412NamingTheEncountersKey() throws Exception {
        for (JsonNode none : List.of(JSON.nullNode(), emptySearchset())) {
            ObjectNode prefetch = CdsServiceHttpTest.prefetch("stroke");
            prefetch.set("encounters", none);
            CdsService.Response r = patientView(prefetch);
            assertEquals(412, r.status(), r.json());
            assertEquals("prefetch.encounters", CdsRequestChecksTest.issue(r).get("expression").get(0).asText());
            assertTrue(CdsRequestChecksTest.issue(r).get("diagnostics").asText()
                    .startsWith("prefetch.encounters has no Encounter: the care setting comes from"), r.json());
        }
    }

    /** Any other key null is "none", the same answer as an empty searchset. */
    @Test
    void anotherKeyNullIsTheSameAsAnEmptySearchset() throws Exception {
        ObjectNode prefetch = CdsServiceHttpTest.prefetch("knee-replacement-visits");
        prefetch.set("goals", emptySearchset());
        CdsService.Response empty = patientView(prefetch);
        prefetch.putNull("goals");
        CdsService.Response none = patientView(prefetch);
        assertEquals(200, none.status(), none.json());
        assertEquals(empty, none);
    }

    /**
     * Hostile-user trial: the no-coverage card's words ("KX / medical review not checked") were Java strings, billing
     * wording in code. They are the {@code patient-view,no-coverage} row of {@code fhir-cds-cards.csv}: a table
     * author's edit changes the card (indicator, summary and detail, its {@code {prefetch.coverage}} read as the
     * key's template), and rules without the row are refused when the service starts, naming the table, rather than
     * losing the card without a word.
     */
    @Test
    void theNoCoverageCardSaysItsTableRowAndRulesWithoutTheRowAreRefused(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path tmp) throws Exception {
        String file = "tables/fhir-cds-cards.csv";
        java.util.Map<String, String> files = new java.util.TreeMap<>(
                org.careweave.internal.engine.RuleSource.bundled().files());
        String row = files.get(file).lines().filter(l -> l.startsWith("patient-view,no-coverage,")).findFirst()
                .orElseThrow();
        files.put(file, files.get(file).replace(row, "patient-view,no-coverage,\"CDS Hooks 2.0\",warning,"
                + "\"Coverage unknown: thresholds unchecked\",\"Nothing in {prefetch.coverage}; {prefetch.nope} "
                + "stays.\""));
        org.careweave.internal.fhir.FhirMapping edited = org.careweave.internal.fhir.FhirMapping.of(
                org.careweave.internal.engine.RuleSource.of("edited", files));
        ObjectNode card = CdsCards.noCoverage(edited);
        assertEquals("Coverage unknown: thresholds unchecked", card.get("summary").asText());
        assertEquals("Nothing in Coverage?patient={{context.patientId}}&status=active; {prefetch.nope} stays.",
                card.get("detail").asText());
        assertEquals("warning", card.get("indicator").asText());
        assertFalse(edited.cardKinds("patient-view").contains("no-coverage"), "a service card is no alert kind");

        java.nio.file.Path rules = tmp.resolve("rules");
        TestRules.copyTree(TestRules.RULES, rules);
        java.nio.file.Path table = rules.resolve(file);
        java.nio.file.Files.writeString(table, java.nio.file.Files.readString(table).replace(row + "\n", ""));
        var refused = org.junit.jupiter.api.Assertions.assertThrows(org.careweave.RuleBuildException.class,
                () -> new CdsService(org.careweave.CarePlanner.fromDirectory(rules),
                        Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC)));
        assertEquals(List.of("rules/tables/fhir-cds-cards.csv: no row patient-view,no-coverage with indicator (info, "
                + "warning or critical), summary and detail: the card patient-view shows when the request has no "
                + "coverage"), refused.problems().stream().map(Object::toString).toList());
    }

    /**
     * Fresh-user trial of the merge: a coverage searchset whose entry had {@code "resource": null} was refused in
     * HAPI's own words. It is one issue at the entry's place in the request, in careweave's words, saying what was
     * given by its JSON type only (a string there could be anything of the patient's).
     */
    @Test
    void anEntryWhoseResourceIsNotAnObjectIsOneIssueAtItsPlace() throws Exception {
        for (JsonNode resource : List.of(JSON.nullNode(), JSON.getNodeFactory().textNode("1950-02-03"))) {
            ObjectNode prefetch = CdsServiceHttpTest.prefetch("knee-replacement-visits");
            ObjectNode coverage = emptySearchset();
            coverage.withArray("entry").addObject().set("resource", resource);
            prefetch.set("coverage", coverage);
            CdsService.Response r = patientView(prefetch);
            assertEquals(400, r.status(), r.json());
            JsonNode issues = JSON.readTree(r.json()).get("issue");
            assertEquals(1, issues.size(), r.json());
            String given = resource.isNull() ? "null" : "a string";
            assertEquals("prefetch.coverage.entry[0].resource: must be a FHIR resource (a JSON object), not " + given
                    + "; leave out an entry that has no resource", issues.get(0).get("diagnostics").asText());
            assertEquals("prefetch.coverage.entry[0].resource", issues.get(0).get("expression").get(0).asText());
            assertFalse(r.json().contains("HAPI") || r.json().contains("1950"), r.json());
        }
    }
}
