package org.careweave.clinical;

import static org.careweave.clinical.Cases.equipmentItems;
import static org.careweave.clinical.Cases.gg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.careweave.plan.CarePlan;
import org.junit.jupiter.api.Test;

/**
 * Entry access of a patient who gets about in the wheelchair (a wheel item above every walk item, each at 02 or
 * below): steps at the home's entrance are OT's home-safety problem with the ramp (AOTA home modification
 * guidelines, Siebert, Smallfield, Stark 2014; 2010 ADA Standards §405.2), never a stairs problem; a ramp already at
 * home, a home without steps or a patient who walks with partial help plans no ramp. Expected values follow from the
 * rules' definitions, not from a printed plan.
 */
class WheelchairEntryAccessTest {

    private static String mobility(String findings, int entryStairs, String equipment) {
        return "{ \"caseId\": \"t\", \"asOf\": \"2026-12-03\", \"patient\": { \"birthDate\": \"1968-04-11\" },"
                + " \"setting\": \"inpatient-rehab\", \"payer\": { \"kind\": \"medicare-part-a\" },"
                + " \"conditions\": [ { \"category\": \"multiple-sclerosis\", \"code\": \"G35\" } ],"
                + " \"findings\": [ " + findings + " ],"
                + " \"home\": { \"livesAlone\": false, \"entryStairs\": " + entryStairs + ","
                + " \"bathroom\": \"walk-in-shower\", \"help\": \"part-time\", \"equipment\": [ " + equipment + " ] } }";
    }

    /** Wheels 50 feet at 04, walks 10 feet at 02: gets about in the wheelchair, which the case says he has. */
    private static final String WHEELS = gg("wheel-50-feet", 4) + ", " + gg("walk-10-feet", 2);

    private static Set<String> problems(CarePlan plan) {
        return plan.problems().stream().map(p -> p.area()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String lead(CarePlan plan, String area) {
        return plan.problems().stream().filter(p -> p.area().equals(area)).findFirst().orElseThrow().lead();
    }

    @Test
    void aWheelchairUserWithEntryStepsGetsOtsHomeAccessAndARampNotAStairsGoal() {
        CarePlan plan = Cases.plan(mobility(WHEELS, 3, "\"wheelchair\""));
        assertTrue(problems(plan).contains("home-safety"), problems(plan).toString());
        assertEquals("ot", lead(plan, "home-safety"));
        assertFalse(problems(plan).contains("four-steps"), problems(plan).toString());
        assertTrue(equipmentItems(plan).contains("entry-ramp"), equipmentItems(plan).toString());
        assertEquals(Set.of("97535"), Cases.codes(plan, "ot", "home-safety"));
        assertTrue(Cases.longGoal(plan, "home-safety").text().contains("a step-free way in, by a ramp or platform lift"));
    }

    @Test
    void aRampAlreadyAtHomeOrAHomeWithoutStepsPlansNoAccess() {
        CarePlan owned = Cases.plan(mobility(WHEELS, 3, "\"wheelchair\", \"entry-ramp\""));
        assertFalse(problems(owned).contains("home-safety"), problems(owned).toString());
        assertFalse(equipmentItems(owned).contains("entry-ramp"));
        CarePlan level = Cases.plan(mobility(WHEELS, 0, "\"wheelchair\""));
        assertFalse(problems(level).contains("home-safety"), problems(level).toString());
        assertFalse(equipmentItems(level).contains("entry-ramp"));
    }

    @Test
    void aPatientWhoWalksWithPartialHelpKeepsTheStepsAndGetsNoRamp() {
        // walking 10 feet at 03 (partial help) is no wheelchair mobility however well he wheels: 3 entry steps are
        // the 4-step item (GG0170N, nearest 2 to 7 steps)
        CarePlan plan = Cases.plan(mobility(gg("wheel-50-feet", 4) + ", " + gg("walk-10-feet", 3), 3, "\"wheelchair\""));
        assertTrue(problems(plan).contains("four-steps"), problems(plan).toString());
        assertFalse(problems(plan).contains("home-safety"), problems(plan).toString());
        assertFalse(equipmentItems(plan).contains("entry-ramp"));
    }
}
