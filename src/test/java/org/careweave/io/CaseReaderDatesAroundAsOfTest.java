package org.careweave.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.careweave.InputException;
import org.careweave.model.Case;
import org.junit.jupiter.api.Test;

/**
 * A condition's onset, an order's date and a plan of care's start lie between the patient's birth date and asOf,
 * the date the plan is made for (fresh-user trial of int-27, finding 9: i11, a concussion dated next year planned
 * as recent; i13, a plan of care started before the patient was born). Each outside is an input error at its JSON
 * pointer, listed with the case's other errors in document order, never naming a date. Old code accepted all of
 * them but an onset or order before birth.
 */
class CaseReaderDatesAroundAsOfTest {

    /** Birth date, asOf, onset, Berg score, order date, visit date, plan-of-care start. */
    private static final String DATED = """
            {
              "caseId": "dated-01",
              "asOf": "%2$s",
              "patient": { "id": "X", "birthDate": "%1$s" },
              "setting": "outpatient",
              "payer": { "kind": "commercial" },
              "conditions": [ { "code": "S06.0X0D", "category": "vestibular", "onset": "%3$s" } ],
              "findings": [ { "area": "balance", "score": %4$s } ],
              "orders": [ { "discipline": "pt", "date": "%5$s" } ],
              "visits": [ { "date": "%6$s", "services": [ { "discipline": "pt", "code": "97110", "minutes": 30 } ] } ],
              "plansOfCare": [ { "discipline": "pt", "start": "%7$s" } ]
            }
            """;

    private static List<String> pointers(String json) {
        InputException e = assertThrows(InputException.class, () -> CaseReader.read(json));
        return e.errors().stream().map(InputException::pointer).toList();
    }

    /** i11: onset, order and plan of care after asOf, with a bad score among them; the visit after it is the rules'. */
    @Test
    void anOnsetAnOrderAndAPlanOfCareAfterAsOfAreListedAtTheirPointers() {
        String json = DATED.formatted("1960-01-01", "2026-11-25", "2027-01-01", "999", "2026-12-30", "2027-02-01",
                "2027-03-01");
        InputException e = assertThrows(InputException.class, () -> CaseReader.read(json));
        assertEquals(List.of("/conditions/0/onset", "/findings/0/score", "/orders/0/date", "/plansOfCare/0/start"),
                e.errors().stream().map(InputException::pointer).toList());
        assertEquals("/conditions/0/onset: after asOf, the date the plan is made for: one of the two dates is wrong",
                e.errors().get(0).getMessage());
        assertFalse(e.getMessage().matches("(?s).*(2027|2026-12).*"), "a date is echoed");
    }

    /** i13: a plan of care started before the patient was born; the visit before birth stays the rules' alert. */
    @Test
    void aPlanOfCareStartedBeforeBirthIsAnInputError() {
        String json = DATED.formatted("1990-05-05", "2026-11-25", "2026-10-30", "40", "2026-11-01", "1980-02-01",
                "1981-03-01");
        InputException e = assertThrows(InputException.class, () -> CaseReader.read(json));
        assertEquals(List.of("/plansOfCare/0/start: before the patient's birth date: one of the two dates is wrong"),
                e.errors().stream().map(InputException::getMessage).toList());
        assertFalse(e.getMessage().matches("(?s).*(1990|1981).*"), "a date is echoed");
    }

    /** The bounds are inclusive: every date on the birth date, or on asOf, is read. */
    @Test
    void datesOnTheBirthDateOrOnAsOfAreRead() {
        Case born = CaseReader.read(DATED.formatted("2026-01-02", "2026-11-25", "2026-01-02", "40", "2026-01-02",
                "2026-11-25", "2026-01-02"));
        assertEquals(LocalDate.of(2026, 1, 2), born.plansOfCare().get(0).start());
        Case planned = CaseReader.read(DATED.formatted("2026-01-02", "2026-11-25", "2026-11-25", "40", "2026-11-25",
                "2026-11-25", "2026-11-25"));
        assertEquals(LocalDate.of(2026, 11, 25), planned.plansOfCare().get(0).start());
    }

    /**
     * A birth date after asOf is said once at the birth date, not again at each date "before" it; a date after asOf
     * is wrong whatever the birth date, so it is listed beside it.
     */
    @Test
    void aBirthDateAfterAsOfIsListedBesideADateAfterAsOfAlone() {
        assertEquals(List.of("/patient/birthDate", "/conditions/0/onset"), pointers(DATED.formatted("2030-01-01",
                "2026-11-25", "2027-01-01", "40", "2026-11-01", "2026-11-02", "2026-11-03")));
    }

    /** An unreadable asOf is said alone: the dates are not judged against a date the plan is made for not known. */
    @Test
    void withAnUnreadableAsOfNoDateIsSaidToBeAfterIt() {
        assertEquals(List.of("/asOf"), pointers(DATED.formatted("1960-01-01", "2026-11-31", "2027-01-01", "40",
                "2027-01-01", "2027-01-01", "2027-01-01")));
    }
}
