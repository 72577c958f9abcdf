package org.careweave.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.careweave.InputException;
import org.junit.jupiter.api.Test;

/**
 * An unknown field's name is input too and may be personal (fresh-user trial of int-27, i14: the error pointer was
 * {@code /Jane Smith 123-45-6789}). A key is named only when it is plausibly a field (an identifier within a typo of
 * a contract name, with the name meant when it is one allowed there); any other is said at its object with its
 * position, listed where the key stands. The same for a key given twice. Old code named every key, cut to 40
 * characters.
 */
class CaseReaderUnknownKeysTest {

    private static final String ALLOWED_PATIENT = "; allowed here: birthDate, id, priorDevices, priorFunction";

    private static final String CASE = """
            {
              "caseId": "keys-01",
              "asOf": "2026-11-25",
              "patient": { "id": "X", "birthDate": "1960-01-01", "Jane Smith 123-45-6789": 1, "birthdate": "x" },
              "setting": "outpatient",
              "payer": { "kind": "commercial" },
              "findings": [ { "area": "balance", "score": 999, "JaneDoe": true } ],
              "orders": [ { "discipline": "pt", "date": "2026-11-10" } ]%s
            }
            """;

    private static InputException refused(String json) {
        return assertThrows(InputException.class, () -> CaseReader.read(json));
    }

    @Test
    void aKeyThatIsNoFieldNameIsPlacedByItsObjectAndPositionAndATypoIsNamedWithTheFieldMeant() {
        InputException e = refused(CASE.formatted(""));
        assertEquals(List.of(
                "/patient: an unknown field, the 3rd key (its name is not repeated: it is not close to a field name)"
                        + ALLOWED_PATIENT,
                "/patient/birthdate: unknown field (did you mean birthDate?)" + ALLOWED_PATIENT,
                "/findings/0/score: must be within 0-56 (berg-0-56)",
                "/findings/0: an unknown field, the 3rd key (its name is not repeated: it is not close to a field"
                        + " name); allowed here: area, level, notAttempted, priorLevel, region, score, side, status"),
                e.errors().stream().map(InputException::getMessage).toList());
        assertFalse(e.getMessage().contains("Jane") || e.getMessage().contains("6789"), e.getMessage());
    }

    /** i14 as the trial gave it: the key at the case's top level, its 10th, after a personal setting and payer. */
    @Test
    void theTrialsKeyAtTheTopLevelIsSaidAtTheDocumentWithNoValueEchoed() {
        InputException e = refused("""
                {"caseId": "i14-pii-in-keys", "asOf": "2026-11-25",
                 "patient": {"id": "Jane Q Secret", "birthDate": "1960-01-01"},
                 "setting": "Jane Smith home", "payer": {"kind": "Jane Smith"},
                 "conditions": [], "findings": [{"area": "balance", "score": 40}],
                 "orders": [{"discipline": "pt", "date": "2026-11-10"}], "visits": [],
                 "Jane Smith 123-45-6789": 1}
                """);
        assertEquals(List.of("/setting", "/payer/kind", ""), e.errors().stream().map(InputException::pointer).toList());
        String last = e.errors().get(2).getMessage();
        assertEquals("/: an unknown field, the 10th key", last.substring(0, last.indexOf(" (")));
        assertFalse(e.getMessage().contains("Jane") || e.getMessage().contains("6789"), e.getMessage());
    }

    /** A contract field in the wrong object, or the start of one, is named: neither can be personal. */
    @Test
    void aMisplacedOrShortenedFieldIsNamed() {
        InputException e = refused("""
                {"caseId": "keys-02", "setting": "outpatient", "birthDate": "1960-01-01",
                 "visits": [ { "date": "2026-11-10", "services": [ { "discipline": "pt", "code": "97110",
                   "minutes": 30, "cotreat": true } ] } ]}
                """);
        assertEquals(List.of("/birthDate", "/visits/0/services/0/cotreat"),
                e.errors().stream().map(InputException::pointer).toList());
        assertEquals("/visits/0/services/0/cotreat: unknown field (did you mean cotreatment?); allowed here: area,"
                + " assistantMinutes, byAssistant, code, cotreatment, discipline, minutes, patientsInSession, start",
                e.errors().get(1).getMessage());
    }

    /** A key given twice is said at the object holding it when its name is not a field's, never quoting it. */
    @Test
    void aPersonalKeyGivenTwiceIsSaidAtItsObject() {
        InputException e = refused("{\"caseId\": \"keys-03\", \"patient\": {\"Jane Smith\": 1, \"Jane Smith\": 2}}");
        assertEquals("/patient: malformed JSON at line 1, column 64: a field given twice in one object",
                e.getMessage());
        InputException named = refused("{\"caseId\": \"keys-03\", \"patient\": {\"id\": \"a\", \"id\": \"b\"}}");
        assertEquals("/patient/id: malformed JSON at line 1, column 50: a field given twice in one object",
                named.getMessage());
    }
}
