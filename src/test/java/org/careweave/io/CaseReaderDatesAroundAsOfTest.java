package org.careweave.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.careweave.io.DatedCases.messages;
import static org.careweave.io.DatedCases.pointers;
import static org.careweave.io.DatedCases.refused;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
    private static String dated(String birthDate, String asOf, String onset, String score, String order, String visit,
            String planStart) {
        return DatedCases.dated(birthDate, asOf, onset, score, order, visit, planStart);
    }

    /** i11: onset, order and plan of care after asOf, with a bad score among them; the visit after it is the rules'. */
    @Test
    void anOnsetAnOrderAndAPlanOfCareAfterAsOfAreListedAtTheirPointers() {
        InputException e = refused(dated("1960-01-01", "2026-11-25", "2027-01-01", "999", "2026-12-30", "2027-02-01",
                "2027-03-01"));
        assertEquals(List.of("/conditions/0/onset", "/findings/0/score", "/orders/0/date", "/plansOfCare/0/start"),
                pointers(e));
        assertEquals("/conditions/0/onset: after asOf, the date the plan is made for: one of the two dates is wrong",
                e.errors().get(0).getMessage());
        assertFalse(e.getMessage().matches("(?s).*(2027|2026-12).*"), "a date is echoed");
    }

    /** i13: a plan of care started before the patient was born; the visit before birth stays the rules' alert. */
    @Test
    void aPlanOfCareStartedBeforeBirthIsAnInputError() {
        InputException e = refused(dated("1990-05-05", "2026-11-25", "2026-10-30", "40", "2026-11-01", "1980-02-01",
                "1981-03-01"));
        assertEquals(List.of("/plansOfCare/0/start: before the patient's birth date: one of the two dates is wrong"),
                messages(e));
        assertFalse(e.getMessage().matches("(?s).*(1990|1981).*"), "a date is echoed");
    }

    /** The bounds are inclusive: every date on the birth date, or on asOf, is read. */
    @Test
    void datesOnTheBirthDateOrOnAsOfAreRead() {
        Case born = CaseReader.read(dated("2026-01-02", "2026-11-25", "2026-01-02", "40", "2026-01-02",
                "2026-11-25", "2026-01-02"));
        assertEquals(LocalDate.of(2026, 1, 2), born.plansOfCare().get(0).start());
        Case planned = CaseReader.read(dated("2026-01-02", "2026-11-25", "2026-11-25", "40", "2026-11-25",
                "2026-11-25", "2026-11-25"));
        assertEquals(LocalDate.of(2026, 11, 25), planned.plansOfCare().get(0).start());
    }

    /**
     * A birth date after asOf is said once at the birth date, not again at each date "before" it; a date after asOf
     * is wrong whatever the birth date, so it is listed beside it.
     */
    @Test
    void aBirthDateAfterAsOfIsListedBesideADateAfterAsOfAlone() {
        assertEquals(List.of("/patient/birthDate", "/conditions/0/onset"), pointers(dated("2030-01-01",
                "2026-11-25", "2027-01-01", "40", "2026-11-01", "2026-11-02", "2026-11-03")));
    }

    /** An unreadable asOf is said alone: the dates are not judged against a date the plan is made for not known. */
    @Test
    void withAnUnreadableAsOfNoDateIsSaidToBeAfterIt() {
        assertEquals(List.of("/asOf"), pointers(dated("1960-01-01", "2026-11-31", "2027-01-01", "40",
                "2027-01-01", "2027-01-01", "2027-01-01")));
    }

    /** Birth 1960-01-01, asOf 2026-11-25, a Berg score of 999, and a PT plan of care from 2026-11-01 with %s. */
    private static final String PLAN = """
            {
              "caseId": "dated-02",
              "asOf": "2026-11-25",
              "patient": { "id": "X", "birthDate": "1960-01-01" },
              "setting": "outpatient",
              "payer": { "kind": "commercial" },
              "findings": [ { "area": "balance", "score": 999 } ],
              "plansOfCare": [ { "discipline": "pt", "start": "2026-11-01", %s } ]
            }
            """;

    /**
     * Int-27 sections 9-10 beyond the start: a certification, progress report, recertification or sending to the
     * referrer is done by asOf, and a progress report, recertification or end is not before the first treatment.
     * Each is listed at its pointer with the case's other errors in document order; a date before the start is said
     * once (not again before birth); no date is named.
     */
    @Test
    void aPlanOfCaresOtherDatesAfterAsOfOrBeforeItsStartAreListedAtTheirPointers() {
        InputException e = refused(PLAN.formatted("""
                "certified": "2026-12-01", "progressReports": [ "2026-10-01", "2026-11-20" ],
                "sentToReferrer": "2026-12-02", "recertified": [ "1950-01-01" ], "end": "2026-10-15\""""));
        String afterAsOf = "after asOf, the date the plan is made for: one of the two dates is wrong";
        String beforeStart = "before the plan of care's start: one of the two dates is wrong";
        assertEquals(List.of("/findings/0/score: must be within 0-56 (berg-0-56)",
                "/plansOfCare/0/certified: " + afterAsOf,
                "/plansOfCare/0/progressReports/0: " + beforeStart,
                "/plansOfCare/0/sentToReferrer: " + afterAsOf,
                "/plansOfCare/0/recertified/0: " + beforeStart,
                "/plansOfCare/0/end: " + beforeStart), messages(e));
        assertFalse(e.getMessage().matches("(?s).*(19|20)[0-9][0-9].*"), "a date is echoed");
    }

    /** Before birth: a certification and a sending to the referrer (which may precede the start) are refused too. */
    @Test
    void aCertificationOrSendingBeforeBirthIsAnInputError() {
        InputException e = refused(PLAN.formatted(
                "\"certified\": \"1959-12-31\", \"sentToReferrer\": \"1955-01-01\""));
        assertEquals(List.of("/findings/0/score", "/plansOfCare/0/certified", "/plansOfCare/0/sentToReferrer"),
                pointers(e));
        assertEquals("/plansOfCare/0/certified: before the patient's birth date: one of the two dates is wrong",
                e.errors().get(1).getMessage());
    }

    /**
     * What stays readable: a certification before the first treatment (a plan may be established and certified
     * before treatment begins; CMS Pub 100-02 Ch.15 220.1.3 only bounds it by 30 days after it, the rules'
     * certification-due alert), every date on asOf or on the start, and an end after asOf (a plan in course).
     */
    @Test
    void aCertificationBeforeTheStartAndAnEndAfterAsOfAreRead() {
        String json = PLAN.formatted("""
                "certified": "2026-10-28", "progressReports": [ "2026-11-01", "2026-11-25" ],
                "sentToReferrer": "2026-10-30", "recertified": [ "2026-11-25" ], "end": "2027-01-30\"""")
                .replace("999", "40");
        Case c = CaseReader.read(json);
        assertEquals(LocalDate.of(2026, 10, 28), c.plansOfCare().get(0).certified());
        assertEquals(LocalDate.of(2027, 1, 30), c.plansOfCare().get(0).end());
        assertEquals(List.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 25)),
                c.plansOfCare().get(0).progressReports());
    }
}
