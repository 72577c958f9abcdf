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

    @Test
    void bornOnAsOfPlans() {
        Case c = CaseReader.read(CASE.formatted("\"asOf\": \"2026-03-20\", ", "2026-03-20"));
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
}
