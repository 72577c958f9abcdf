package org.careweave.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.careweave.io.DatedCases.messages;
import static org.careweave.io.DatedCases.pointers;
import static org.careweave.io.DatedCases.refused;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.careweave.InputException;
import org.junit.jupiter.api.Test;

/**
 * A case with several errors is refused once with all of them, each at its JSON pointer, in the order the case is
 * read (fresh-user trial: fix one, rerun, see the next). Old code threw at the first error, so {@code errors()}
 * did not exist and a case was refused for one pointer only.
 */
class CaseReaderAllErrorsTest {

    /** Sound but for the marked values: a minus-minutes service, a misspelt area, an unknown field, a bad date. */
    private static final String THREE_PLACES = """
            {
              "caseId": "many-01",
              "asOf": "2026-11-20",
              "patient": { "id": "P-1", "birthDate": "1951-02-30" },
              "setting": "outpatient",
              "payer": { "kind": "medicare-part-b" },
              "conditions": [ { "code": "Z96.641", "category": "joint-replacement", "onset": "2026-11-10" } ],
              "findings": [
                { "area": "walk-150-feet", "level": 2 },
                { "area": "walk-150-fet", "level": 2 },
                { "area": "pain", "score": 6, "colour": "red" }
              ],
              "visits": [
                { "date": "2026-11-21", "services": [
                  { "discipline": "pt", "code": "97116", "minutes": -5 }
                ] }
              ]
            }
            """;

    @Test
    void everyErrorOfACaseIsListedAtItsPointerInReadingOrder() {
        InputException e = assertThrows(InputException.class, () -> CaseReader.read(THREE_PLACES));
        List<String> pointers = e.errors().stream().map(InputException::pointer).toList();
        // "colour" is close to no field name: said at its finding, as the 3rd key (int-27, i14)
        assertEquals(List.of("/patient/birthDate", "/findings/1/area", "/findings/2",
                "/visits/0/services/0/minutes"), pointers);
        assertEquals(0, e.moreErrors());
        List<String> messages = e.errors().stream().map(InputException::getMessage).toList();
        assertEquals("/patient/birthDate: not a date (YYYY-MM-DD)", messages.get(0));
        assertTrue(messages.get(1).startsWith("/findings/1/area: not "), messages.get(1));
        assertTrue(messages.get(2).startsWith("/findings/2: an unknown field, the 3rd key (its name is not repeated"),
                messages.get(2));
        assertEquals("/visits/0/services/0/minutes: must be >= 0", messages.get(3));
        // the single-error API still reads the first error, and the message says there are more
        assertEquals("/patient/birthDate", e.pointer());
        assertTrue(e.getMessage().startsWith("/patient/birthDate: not a date (YYYY-MM-DD) (and 3 more: "
                + "/findings/1/area, /findings/2, /visits/0/services/0/minutes)"), e.getMessage());
        assertEquals(2, e.exitCode());
        // never a personal value back: neither the bad birth date nor the misspelt area
        String all = e.getMessage() + e.errors().stream().map(InputException::getMessage)
                .collect(Collectors.joining());
        assertFalse(all.contains("1951-02-30"), all);
        assertFalse(all.contains("walk-150-fet"), all);
    }

    /**
     * Fresh-user trial 25: errors came in the order the reader checks fields, not the order of the case: a precaution
     * written before the visits was said after them, and a service's minutes before its discipline written first.
     * Now in the order their places have in the case as written, whatever order that is; a required field not given
     * after the fields its object has.
     */
    @Test
    void errorsAreListedInTheOrderTheirPlacesHaveInTheCaseAsWritten() {
        String json = """
                {
                  "caseId": "order-01",
                  "precautions": [ { "kind": "hip-posteror" } ],
                  "setting": "outpatient",
                  "visits": [
                    { "date": "2026-11-21", "services": [
                      { "discipline": "xt", "code": "97116", "minutes": -5 },
                      { "minutes": -1, "code": "97110", "discipline": "yt" },
                      { "code": "97110", "start": "9h" }
                    ] }
                  ],
                  "payer": { "kind": "medicare-part-c" },
                  "findings": [ { "area": "walk-150-fet", "level": 9 } ]
                }
                """;
        InputException e = assertThrows(InputException.class, () -> CaseReader.read(json));
        assertEquals(List.of("/precautions/0/kind", "/visits/0/services/0/discipline",
                "/visits/0/services/0/minutes", "/visits/0/services/1/minutes", "/visits/0/services/1/discipline",
                "/visits/0/services/2/start", "/visits/0/services/2/discipline", "/visits/0/services/2/minutes",
                "/payer/kind", "/findings/0/area", "/findings/0/level"),
                e.errors().stream().map(InputException::pointer).toList());
    }

    /** Past the first 20 errors the rest are counted; the 20 listed are the first 20 of the case as written. */
    @Test
    void theErrorsListedPastTheLimitAreTheFirstOfTheCaseAsWritten() {
        String services = IntStream.range(0, 24).mapToObj(i -> "{ \"discipline\": \"pt\", \"code\": \"97110\", "
                + "\"minutes\": -1 }").collect(Collectors.joining(", "));
        String json = "{ \"caseId\": \"limit-01\", \"precautions\": [ { \"kind\": \"nope\" } ], "
                + "\"setting\": \"outpatient\", \"visits\": [ { \"date\": \"2026-11-21\", \"services\": [ "
                + services + " ] } ] }";
        InputException e = assertThrows(InputException.class, () -> CaseReader.read(json));
        List<String> pointers = e.errors().stream().map(InputException::pointer).toList();
        assertEquals(InputException.MAX_ERRORS, pointers.size());
        assertEquals("/precautions/0/kind", pointers.get(0));
        assertEquals(IntStream.range(0, 19).mapToObj(i -> "/visits/0/services/" + i + "/minutes").toList(),
                pointers.subList(1, 20));
        assertEquals(5, e.moreErrors());
    }

    @Test
    void theSameCaseGivesTheSameErrorsInTheSameOrder() {
        InputException a = assertThrows(InputException.class, () -> CaseReader.read(THREE_PLACES));
        InputException b = assertThrows(InputException.class, () -> CaseReader.read(THREE_PLACES));
        assertEquals(a.getMessage(), b.getMessage());
        assertEquals(a.errors().stream().map(InputException::getMessage).toList(),
                b.errors().stream().map(InputException::getMessage).toList());
    }

    @Test
    void oneErrorIsOneExceptionAsBefore() {
        InputException e = assertThrows(InputException.class,
                () -> CaseReader.read(THREE_PLACES.replace("1951-02-30", "1951-02-28")
                        .replace("walk-150-fet", "walk-50-feet").replace(", \"colour\": \"red\"", "")));
        assertEquals(List.of(e), e.errors());
        assertSame(e, e.errors().get(0));
        assertEquals("/visits/0/services/0/minutes: must be >= 0", e.getMessage());
    }

    @Test
    void aCaseWithManyErrorsListsTheFirstTwentyAndCountsTheRest() {
        // 25 findings with a level out of range: 20 listed, 5 counted
        String findings = IntStream.range(0, 25).mapToObj(i -> "{ \"area\": \"walk-150-feet\", \"level\": 9 }")
                .collect(Collectors.joining(", "));
        String json = THREE_PLACES.replace("1951-02-30", "1951-02-28").replaceFirst(
                "(?s)\"findings\": \\[.*?\\n  \\],", "\"findings\": [ " + findings + " ],")
                .replace("\"minutes\": -5", "\"minutes\": 5");
        InputException e = assertThrows(InputException.class, () -> CaseReader.read(json));
        assertEquals(InputException.MAX_ERRORS, e.errors().size());
        assertEquals(5, e.moreErrors());
        for (int i = 0; i < InputException.MAX_ERRORS; i++) {
            assertEquals("/findings/" + i + "/level: must be <= 6", e.errors().get(i).getMessage());
        }
        assertTrue(e.getMessage().length() <= InputException.MAX_MESSAGE + 3, e.getMessage());
    }

    @Test
    void fieldsOfAnObjectWithAnErrorAreStillChecked() {
        // a service with a bad code, an unknown discipline and a time that is not one: three errors, not the first
        String json = THREE_PLACES.replace("1951-02-30", "1951-02-28").replace("walk-150-fet", "walk-50-feet")
                .replace(", \"colour\": \"red\"", "").replace(
                        "{ \"discipline\": \"pt\", \"code\": \"97116\", \"minutes\": -5 }",
                        "{ \"discipline\": \"speech\", \"code\": \"9711\", \"minutes\": 5, \"start\": \"9am\" }");
        InputException e = assertThrows(InputException.class, () -> CaseReader.read(json));
        // in the order written (discipline first), not the order the reader checks them (code first)
        assertEquals(List.of("/visits/0/services/0/discipline", "/visits/0/services/0/code",
                "/visits/0/services/0/start"), e.errors().stream().map(InputException::pointer).toList());
    }

    /**
     * The merge's fresh-user trial (i05): a birth date after asOf and a Berg score of 999 were refused for the score
     * alone, and the birth date only on the next run. Old code checked dates only when no field had an error.
     */
    @Test
    void aBirthDateAfterAsOfIsListedWithTheOtherErrors() {
        InputException e = refused(bornLate("2030-01-01", "2026-11-25", "999", "2026-10-30", "2026-11-10"));
        assertEquals(List.of("/patient/birthDate: after asOf, the date the plan is made for: one of the two dates is"
                + " wrong", "/findings/0/score: must be within 0-56 (berg-0-56)"), messages(e));
        assertFalse(e.getMessage().contains("2030"), "the birth date is echoed");
        // alone (i04): that line only, not also each onset and order "before" a birth date already refused
        assertEquals(List.of("/patient/birthDate"), pointers(bornLate("2030-01-01", "2026-11-25", "55", "2026-10-30",
                "2026-11-10")));
    }

    /**
     * An onset and an order date before the birth date are listed with a field error after them and one in the same
     * condition (a condition with a bad code is not made, but its onset is still compared), in the order written.
     */
    @Test
    void datesBeforeBirthAreListedWithTheOtherErrorsInDocumentOrder() {
        InputException e = refused(bornLate("1956-07-14", "2026-11-25", "999", "1956-07-13", "1950-01-01")
                .replace("S06.0X0D", "s06.0x0d"));
        assertEquals(List.of("/conditions/0/code", "/conditions/0/onset", "/findings/0/score", "/orders/0/date"),
                pointers(e));
        assertEquals("/orders/0/date: before the patient's birth date: one of the two dates is wrong",
                e.errors().get(3).getMessage());
        assertFalse(e.getMessage().matches("(?s).*(1956|1950).*"), "a date is echoed");
    }

    /**
     * Without asOf the plan's date is the case's latest date: when one of them cannot be read it is not guessed
     * from the others (the birth date may be before the one not read), so only the date's own error is said.
     */
    @Test
    void withoutAsOfABirthDateIsNotJudgedAgainstDatesThatCannotBeRead() {
        String json = bornLate("2026-11-01", "", "55", "2026-10-30", "2026-11-31").replace("\"asOf\": \"\",", "");
        assertEquals(List.of("/orders/0/date: not a date (YYYY-MM-DD)"), messages(json));
        // and with that date mended, the birth date after every date is said
        assertEquals(List.of("/patient/birthDate"), pointers(json.replace("2026-11-31", "2026-10-31")));
    }

    /**
     * The checks between an object's fields are listed with the errors of its other fields (old code left them
     * for the next run once any field of that object had an error), never a second error at a field that has one.
     */
    @Test
    void checksBetweenFieldsOfAnObjectWithAnErrorAreListedToo() {
        String json = """
                {
                  "caseId": "between-01",
                  "asOf": "2026-11-25",
                  "setting": "outpatient",
                  "precautions": [ { "kind": "weight-bearing", "side": "middle" } ],
                  "findings": [
                    { "area": "balance", "score": 999, "priorLevel": 3 },
                    { "area": "walk-150-feet", "level": 9, "notAttempted": "refused" },
                    { "area": "walk-150-feet", "score": 3, "region": "lower-limb" }
                  ],
                  "visits": [ { "date": "2026-11-20", "services": [
                    { "discipline": "pt", "code": "9711", "minutes": 30, "byAssistant": true, "assistantMinutes": 10 }
                  ] } ]
                }
                """;
        InputException e = assertThrows(InputException.class, () -> CaseReader.read(json));
        // a field not given is said after the fields its object has (PointerOrder)
        assertEquals(List.of("/precautions/0/side", "/precautions/0/level",
                        "/findings/0/score", "/findings/0/priorLevel",
                        "/findings/1/level",
                        "/findings/2/score", "/findings/2/region", "/findings/2/level",
                        "/visits/0/services/0/code", "/visits/0/services/0/assistantMinutes"),
                e.errors().stream().map(InputException::pointer).toList());
        List<String> messages = e.errors().stream().map(InputException::getMessage).toList();
        assertTrue(messages.get(1).startsWith("/precautions/0/level: required for a weight-bearing precaution"),
                messages.get(1));
        assertEquals("/findings/0/priorLevel: 'balance' is not a Section GG item", messages.get(3));
        assertEquals("/findings/1/level: must be <= 6", messages.get(4)); // not also "give a level or ... not both"
        assertEquals("/visits/0/services/0/assistantMinutes: byAssistant true means all 30 minutes; give"
                + " assistantMinutes alone for part of them", messages.get(9));
    }

    /** i04 and i05 of the merge's trial: the dated case without a visit or a plan of care. */
    private static String bornLate(String birthDate, String asOf, String score, String onset, String order) {
        return DatedCases.dated(birthDate, asOf, onset, score, order, null, null);
    }

    @Test
    void theListOfErrorsIsBounded() {
        InputException one = new InputException("/a", "x");
        assertThrows(IllegalArgumentException.class, () -> new InputException(List.of(), 0));
        assertThrows(IllegalArgumentException.class,
                () -> new InputException(java.util.Collections.nCopies(InputException.MAX_ERRORS + 1, one), 0));
        assertThrows(IllegalArgumentException.class, () -> new InputException(List.of(one), -1));
    }
}
