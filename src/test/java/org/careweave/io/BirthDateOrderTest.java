package org.careweave.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.careweave.InputException;
import org.careweave.TestRules;
import org.careweave.model.Case;
import org.careweave.model.Patient;
import org.junit.jupiter.api.Test;

/**
 * A patient born after the date the plan is made for is bad input at {@code /patient/birthDate} (fresh-user trial).
 * Before, such a case planned: the age counted to asOf was negative, so the case read as a child's and its goals'
 * weeks changed with no word why, and with asOf before the birth date only a visit after asOf was flagged. The
 * message names the date compared with, never either date. A visit dated before a birth date that is itself before
 * asOf stays the rules' {@code input-date-out-of-range} error alert (examples/billing-visit-dates-out-of-range).
 */
class BirthDateOrderTest {

    private static final String CASE = """
            {"caseId": "born-1", %s"patient": {"birthDate": "%s"}, "setting": "outpatient",
             "orders": [ {"discipline": "pt", "date": "2026-03-01"} ],
             "findings": [ {"area": "walk-150-feet", "level": 2} ]}
            """;

    private static InputException refused(String json) {
        return assertThrows(InputException.class, () -> CaseReader.read(json));
    }

    @Test
    void bornTheDayAfterAsOfIsRefusedAtTheBirthDateWithoutEitherDate() {
        InputException e = refused(CASE.formatted("\"asOf\": \"2026-03-20\", ", "2026-03-21"));
        assertEquals("/patient/birthDate", e.pointer());
        assertEquals("/patient/birthDate: after asOf, the date the plan is made for: one of the two dates is wrong",
                e.getMessage());
        assertFalse(e.getMessage().contains("2026"), "a date is echoed");
    }

    /** The order is written that day too: one written before the birth is refused (see below). */
    @Test
    void bornOnAsOfPlans() {
        Case c = CaseReader.read(CASE.formatted("\"asOf\": \"2026-03-20\", ", "2026-03-20")
                .replace("2026-03-01", "2026-03-20"));
        assertEquals(LocalDate.of(2026, 3, 20), c.patient().birthDate());
        assertFalse(TestRules.planner().plan(c).goals().isEmpty(), "a newborn's walking is still planned");
    }

    /** Without asOf the plan is made for the latest date of the case: here the order of 2026-03-01. */
    @Test
    void withoutAsOfBornAfterEveryDateOfTheCaseIsRefused() {
        InputException e = refused(CASE.formatted("", "2026-03-02"));
        assertEquals("/patient/birthDate: after every date in the case (with no asOf, the plan is made for its latest"
                + " visit, order or onset): the birth date or those dates are wrong", e.getMessage());
        assertEquals(LocalDate.of(2026, 3, 1), CaseReader.read(CASE.formatted("", "2026-03-01")).patient().birthDate());
    }

    /** A case built in Java gets the same check when planned (CarePlanner validates it as the reader would). */
    @Test
    void aCaseBuiltInJavaIsRefusedWhenPlanned() {
        Case read = CaseReader.read(CASE.formatted("\"asOf\": \"2026-03-20\", ", "1950-01-01"));
        Case unborn = new Case(read.caseId(), read.asOf(), new Patient(null, LocalDate.of(2026, 4, 1)),
                read.setting(), read.payer(), read.conditions(), read.findings(), read.home(), read.goals(),
                read.orders(), read.visits(), read.plansOfCare(), read.billing(), read.precautions());
        InputException e = assertThrows(InputException.class, () -> TestRules.planner().plan(unborn));
        assertEquals("/patient/birthDate", e.pointer());
    }

    /** Born before asOf but after a visit: one visit's date is wrong, and the rules say so on that visit. */
    @Test
    void aVisitBeforeABirthDateBeforeAsOfIsStillTheRulesAlert() {
        Case c = CaseReader.read("""
                {"caseId": "born-2", "asOf": "2026-03-20", "patient": {"birthDate": "1956-07-14"},
                 "setting": "outpatient", "payer": {"kind": "medicare-part-b"},
                 "visits": [ {"date": "1926-03-02", "services": [ {"discipline": "pt", "code": "97110", "minutes": 30} ]} ]}
                """);
        List<String> alerts = TestRules.planner().plan(c).alerts().stream()
                .filter(a -> a.kind().equals("input-date-out-of-range")).map(a -> a.severity() + " " + a.ref()).toList();
        assertEquals(List.of("error /visits/0/date"), alerts);
    }

    private static final String DATED = """
            {"caseId": "born-3", "asOf": "2026-03-20", "patient": {"birthDate": "1956-07-14"}, "setting": "outpatient",
             "conditions": [ {"category": "stroke", "onset": "2026-01-05"}, {"category": "arthritis", "onset": "%s"} ],
             "orders": [ {"discipline": "pt", "date": "2026-03-01"}, {"discipline": "ot", "date": "%s"} ]}
            """;

    /**
     * No condition begins and no order is written before the patient is born: one of the two dates is wrong, and
     * no rule would say so (only a visit before birth has the rules' alert). Refused at the date's pointer, naming
     * neither date; a congenital condition's onset on the birth date, or an order that day, reads.
     */
    @Test
    void anOnsetOrAnOrderDateBeforeTheBirthDateIsRefusedAtItsPointerWithoutEitherDate() {
        InputException onset = refused(DATED.formatted("1956-07-13", "2026-03-01"));
        assertEquals("/conditions/1/onset: before the patient's birth date: one of the two dates is wrong",
                onset.getMessage());
        InputException order = refused(DATED.formatted("1990-01-01", "1956-07-13"));
        assertEquals("/orders/1/date: before the patient's birth date: one of the two dates is wrong",
                order.getMessage());
        assertFalse(onset.getMessage().contains("1956") || order.getMessage().contains("1956"), "a date is echoed");
        Case atBirth = CaseReader.read(DATED.formatted("1956-07-14", "1956-07-14"));
        assertEquals(LocalDate.of(1956, 7, 14), atBirth.orders().get(1).date());
    }

    /** A case built in Java gets the same check when planned, at the same pointer. */
    @Test
    void anOrderBeforeBirthInACaseBuiltInJavaIsRefusedWhenPlanned() {
        Case read = CaseReader.read(DATED.formatted("1990-01-01", "2026-03-02"));
        Case early = new Case(read.caseId(), read.asOf(), read.patient(), read.setting(), read.payer(),
                read.conditions(), read.findings(), read.home(), read.goals(),
                List.of(new org.careweave.model.Order("pt", LocalDate.of(1950, 1, 1))), read.visits(),
                read.plansOfCare(), read.billing(), read.precautions());
        InputException e = assertThrows(InputException.class, () -> TestRules.planner().plan(early));
        assertEquals("/orders/0/date", e.pointer());
    }
}
