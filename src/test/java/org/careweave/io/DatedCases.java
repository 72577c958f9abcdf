package org.careweave.io;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.careweave.InputException;

/**
 * The dated case of the CaseReader date tests and what the reader says of it: a vestibular condition with its
 * onset, a Berg score, a PT order and, when given, a PT visit and a PT plan of care (the merge's trial i04, i05; the
 * fresh-user trial of int-27, i11, i13). Shared by CaseReaderAllErrorsTest and CaseReaderDatesAroundAsOfTest.
 */
final class DatedCases {

    private DatedCases() {}

    /**
     * A case with these dates and score; {@code visit} and {@code planStart} null leave out the visit and the plan
     * of care. An empty {@code asOf} is written {@code "asOf": "",} for a test to take out.
     */
    static String dated(String birthDate, String asOf, String onset, String score, String order, String visit,
            String planStart) {
        return """
                {
                  "caseId": "dated",
                  "asOf": "%s",
                  "patient": { "id": "X", "birthDate": "%s" },
                  "setting": "outpatient",
                  "payer": { "kind": "commercial" },
                  "conditions": [ { "code": "S06.0X0D", "category": "vestibular", "onset": "%s" } ],
                  "findings": [ { "area": "balance", "score": %s } ],
                  "orders": [ { "discipline": "pt", "date": "%s" } ]%s%s
                }
                """.formatted(asOf, birthDate, onset, score, order,
                visit == null ? "" : ",\n  \"visits\": [ { \"date\": \"" + visit + "\", \"services\": [ { \"discipline\":"
                        + " \"pt\", \"code\": \"97110\", \"minutes\": 30 } ] } ]",
                planStart == null ? "" : ",\n  \"plansOfCare\": [ { \"discipline\": \"pt\", \"start\": \"" + planStart
                        + "\" } ]");
    }

    /** The reader's refusal of {@code json}, which must be refused. */
    static InputException refused(String json) {
        return assertThrows(InputException.class, () -> CaseReader.read(json));
    }

    /** The JSON pointers of every error of a refused case, in the order listed. */
    static List<String> pointers(String json) {
        return pointers(refused(json));
    }

    static List<String> pointers(InputException e) {
        return e.errors().stream().map(InputException::pointer).toList();
    }

    /** The messages of every error of a refused case, in the order listed. */
    static List<String> messages(String json) {
        return messages(refused(json));
    }

    static List<String> messages(InputException e) {
        return e.errors().stream().map(InputException::getMessage).toList();
    }
}
